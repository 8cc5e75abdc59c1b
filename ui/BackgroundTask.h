#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <exception>
#include <functional>
#include <memory>

namespace carnet {

// Runs slow work (Argon2id, import, export) on a worker thread and delivers the result or the exception back on
// the UI thread, so the window never freezes.
template <typename T> class BackgroundTask
{
public:
    using Work = std::function<T()>;
    using Done = std::function<void(T)>;
    using Failed = std::function<void(std::exception_ptr)>;

    static void run(QObject* context, Work work, Done done, Failed failed)
    {
        auto* watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done, failed] {
            std::shared_ptr<Outcome> outcome = watcher->result();
            watcher->deleteLater();
            if (outcome->error)
                failed(outcome->error);
            else
                done(std::move(outcome->value));
        });
        watcher->setFuture(QtConcurrent::run([work] {
            auto outcome = std::make_shared<Outcome>();
            try {
                outcome->value = work();
            } catch (...) {
                outcome->error = std::current_exception();
            }
            return outcome;
        }));
    }

private:
    struct Outcome
    {
        T value {};
        std::exception_ptr error;
    };
};

} // namespace carnet
