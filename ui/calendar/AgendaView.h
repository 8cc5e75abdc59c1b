#pragma once

#include <QListView>

namespace carnet {

// The agenda list: an AgendaModel drawn by AgendaDelegate; Return or a double click activates an appointment.
class AgendaView : public QListView
{
    Q_OBJECT

public:
    explicit AgendaView(QWidget* parent = nullptr);
};

} // namespace carnet
