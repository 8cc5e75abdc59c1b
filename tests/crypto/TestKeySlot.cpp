#include "CryptoError.h"
#include "KeySlot.h"

#include <QtTest>

using carnet::CryptoError;
using carnet::KeySlot;
using carnet::SecretBytes;

namespace {

QByteArray slotHeader(char slotId)
{
    // Shaped like a keyring header: magic, version, vault id, KDF params, salt, slot id.
    return QByteArrayLiteral("CARNETKR") + QByteArray(1, '\x01') + QByteArray(16, '\xab')
        + QByteArray::fromHex("0200000003000000100000") + QByteArray(16, '\x5a') + QByteArray(1, slotId);
}

} // namespace

class TestKeySlot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_dataKey = SecretBytes::random(32);
        m_kek = SecretBytes::random(32);
    }

    void wrapLayoutAndRoundTrip()
    {
        const QByteArray header = slotHeader(1);
        const QByteArray wrapped = KeySlot::wrap(m_dataKey, m_kek, header);
        QCOMPARE(wrapped.size(), KeySlot::NonceSize + 32 + KeySlot::TagSize);
        // The key must not appear in the clear.
        QVERIFY(!wrapped.contains(QByteArray(m_dataKey.chars(), 32)));

        const auto unwrapped = KeySlot::unwrap(wrapped, m_kek, header);
        QVERIFY(unwrapped.has_value());
        QVERIFY(unwrapped->equals(m_dataKey));
    }

    void freshNonceEachWrap()
    {
        const QByteArray header = slotHeader(1);
        const QByteArray first = KeySlot::wrap(m_dataKey, m_kek, header);
        const QByteArray second = KeySlot::wrap(m_dataKey, m_kek, header);
        QVERIFY(first.left(KeySlot::NonceSize) != second.left(KeySlot::NonceSize));
        QVERIFY(first != second);
        QVERIFY(KeySlot::unwrap(second, m_kek, header)->equals(m_dataKey));
    }

    void emptyAssociatedDataWorks()
    {
        const QByteArray wrapped = KeySlot::wrap(m_dataKey, m_kek, QByteArray());
        QVERIFY(KeySlot::unwrap(wrapped, m_kek, QByteArray())->equals(m_dataKey));
        QVERIFY(!KeySlot::unwrap(wrapped, m_kek, QByteArray(1, '\0')).has_value());
    }

    void tamperingIsRejected_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("nonce first byte") << 0;
        QTest::newRow("nonce last byte") << KeySlot::NonceSize - 1;
        QTest::newRow("ciphertext first byte") << KeySlot::NonceSize;
        QTest::newRow("ciphertext last byte") << KeySlot::NonceSize + 31;
        QTest::newRow("tag first byte") << KeySlot::NonceSize + 32;
        QTest::newRow("tag last byte") << KeySlot::NonceSize + 32 + KeySlot::TagSize - 1;
    }

    void tamperingIsRejected()
    {
        QFETCH(int, offset);
        const QByteArray header = slotHeader(1);
        QByteArray wrapped = KeySlot::wrap(m_dataKey, m_kek, header);
        wrapped[offset] = static_cast<char>(wrapped.at(offset) ^ 0x01);
        QVERIFY(!KeySlot::unwrap(wrapped, m_kek, header).has_value());
    }

    void wrongKeyIsRejected()
    {
        const QByteArray header = slotHeader(1);
        const QByteArray wrapped = KeySlot::wrap(m_dataKey, m_kek, header);
        QVERIFY(!KeySlot::unwrap(wrapped, SecretBytes::random(32), header).has_value());
    }

    void wrongAssociatedDataIsRejected()
    {
        const QByteArray header = slotHeader(1);
        const QByteArray wrapped = KeySlot::wrap(m_dataKey, m_kek, header);
        QByteArray weakerParams = header;
        weakerParams[29] = '\x02'; // an attacker lowering the stored ops limit from 3 to 2
        QVERIFY(weakerParams != header);
        QVERIFY(!KeySlot::unwrap(wrapped, m_kek, weakerParams).has_value());
        QVERIFY(!KeySlot::unwrap(wrapped, m_kek, header.left(header.size() - 1)).has_value());
        QVERIFY(!KeySlot::unwrap(wrapped, m_kek, header + '\0').has_value());
    }

    void swappedSlotIsRejected()
    {
        // Same KEK and data key in both slots: only the slot id in the header tells them apart.
        const QByteArray slotOne = KeySlot::wrap(m_dataKey, m_kek, slotHeader(1));
        const QByteArray slotTwo = KeySlot::wrap(m_dataKey, m_kek, slotHeader(2));
        QVERIFY(!KeySlot::unwrap(slotOne, m_kek, slotHeader(2)).has_value());
        QVERIFY(!KeySlot::unwrap(slotTwo, m_kek, slotHeader(1)).has_value());
        QVERIFY(KeySlot::unwrap(slotTwo, m_kek, slotHeader(2)).has_value());
    }

    void truncatedInputIsRejected()
    {
        const QByteArray header = slotHeader(1);
        const QByteArray wrapped = KeySlot::wrap(m_dataKey, m_kek, header);
        for (const int length : {0, 1, KeySlot::NonceSize, KeySlot::NonceSize + KeySlot::TagSize - 1,
                                 KeySlot::NonceSize + KeySlot::TagSize, static_cast<int>(wrapped.size()) - 1}) {
            QVERIFY2(!KeySlot::unwrap(wrapped.left(length), m_kek, header).has_value(),
                     qPrintable(QString::number(length)));
        }
        QVERIFY(!KeySlot::unwrap(wrapped + '\0', m_kek, header).has_value());
    }

    void wrongKekSizeThrows()
    {
        const QByteArray header = slotHeader(1);
        QVERIFY_THROWS_EXCEPTION(CryptoError, KeySlot::wrap(m_dataKey, SecretBytes::random(16), header));
        QVERIFY_THROWS_EXCEPTION(CryptoError, KeySlot::wrap(m_dataKey, SecretBytes(), header));
        const QByteArray wrapped = KeySlot::wrap(m_dataKey, m_kek, header);
        QVERIFY_THROWS_EXCEPTION(CryptoError, KeySlot::unwrap(wrapped, SecretBytes::random(31), header));
    }

private:
    SecretBytes m_dataKey;
    SecretBytes m_kek;
};

QTEST_APPLESS_MAIN(TestKeySlot)
#include "TestKeySlot.moc"
