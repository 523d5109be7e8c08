// SecretStore: run twice by CTest, once inside tests/scripts/with-secret-service.sh (a real
// gnome-keyring on a private bus, APKDESK_SECRET_TEST_MODE=keychain) and once with the session
// bus pointing at nothing (APKDESK_SECRET_TEST_MODE=no-backend).
#include "secrets/SecretStore.h"

#include <QtTest>

using namespace apkdesk;

namespace {

struct ReadOutcome
{
    bool done = false;
    bool ok = false;
    QString value;
    Error error;
};

struct DoneOutcome
{
    bool done = false;
    bool ok = false;
    Error error;
};

ReadOutcome readNow(SecretStore &store, const QString &key, QObject *context)
{
    ReadOutcome outcome;
    store.read(key, context, [&outcome](Result<QString> result) {
        outcome.done = true;
        outcome.ok = result.ok();
        if (result.ok())
            outcome.value = result.value();
        else
            outcome.error = result.error();
    });
    (void)QTest::qWaitFor([&outcome] { return outcome.done; }, 30000);
    return outcome;
}

DoneOutcome writeNow(SecretStore &store, const QString &key, const QString &value, QObject *context)
{
    DoneOutcome outcome;
    store.write(key, value, context, [&outcome](Status status) {
        outcome.done = true;
        outcome.ok = status.ok();
        if (!status.ok())
            outcome.error = status.error();
    });
    (void)QTest::qWaitFor([&outcome] { return outcome.done; }, 30000);
    return outcome;
}

DoneOutcome removeNow(SecretStore &store, const QString &key, QObject *context)
{
    DoneOutcome outcome;
    store.remove(key, context, [&outcome](Status status) {
        outcome.done = true;
        outcome.ok = status.ok();
        if (!status.ok())
            outcome.error = status.error();
    });
    (void)QTest::qWaitFor([&outcome] { return outcome.done; }, 30000);
    return outcome;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

    QString mode() const { return qEnvironmentVariable("APKDESK_SECRET_TEST_MODE"); }

private slots:
    void keysAreStable()
    {
        QCOMPARE(SecretStore::serviceName(), QStringLiteral("apkdesk"));
        QCOMPARE(SecretStore::passphraseKey(QStringLiteral("E5663B13")),
                 QStringLiteral("key-passphrase:e5663b13"));
        QCOMPARE(SecretStore::tokenKey(QStringLiteral("profile-7")), QStringLiteral("token:profile-7"));
    }

    void keychainRoundTrip()
    {
        if (mode() != QLatin1String("keychain"))
            QSKIP("needs tests/scripts/with-secret-service.sh (APKDESK_SECRET_TEST_MODE=keychain)");
        SecretStore store;
        SecretStore::Availability availability = SecretStore::Availability::Unknown;
        bool probed = false;
        store.probe(this, [&](SecretStore::Availability a) {
            availability = a;
            probed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(probed, 30000);
        QCOMPARE(availability, SecretStore::Availability::Available);

        const QString key = SecretStore::passphraseKey(QStringLiteral("0123456789abcdef"));
        const QString secret = QStringLiteral("correct horse battery staple ✓");
        const DoneOutcome written = writeNow(store, key, secret, this);
        QVERIFY2(written.ok, qPrintable(written.error.toString()));

        // A second store (a new process would do the same) reads it back from the keyring.
        SecretStore other;
        const ReadOutcome read = readNow(other, key, this);
        QVERIFY2(read.ok, qPrintable(read.error.toString()));
        QCOMPARE(read.value, secret);

        const DoneOutcome removed = removeNow(store, key, this);
        QVERIFY2(removed.ok, qPrintable(removed.error.toString()));
        const ReadOutcome gone = readNow(store, key, this);
        QVERIFY(!gone.ok);
        QCOMPARE(gone.error.kind(), Error::Kind::NotFound);
    }

    void noBackendSaysSo()
    {
        if (mode() != QLatin1String("no-backend"))
            QSKIP("runs with DBUS_SESSION_BUS_ADDRESS pointing at nothing "
                  "(APKDESK_SECRET_TEST_MODE=no-backend)");
        SecretStore store;
        QSignalSpy changed(&store, &SecretStore::availabilityChanged);
        const DoneOutcome written =
            writeNow(store, SecretStore::tokenKey(QStringLiteral("p1")), QStringLiteral("tok"), this);
        QVERIFY(!written.ok);
        QVERIFY2(SecretStore::isNoBackend(written.error), qPrintable(written.error.toString()));
        QVERIFY(written.error.message().contains(QLatin1String("no secret service")));
        QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
        QCOMPARE(changed.count(), 1);

        const ReadOutcome read = readNow(store, SecretStore::tokenKey(QStringLiteral("p1")), this);
        QVERIFY(!read.ok);
        QVERIFY(SecretStore::isNoBackend(read.error));
    }

    void sessionOnlyStoreKeepsSecretsInMemory()
    {
        SecretStore store;
        store.setBackend(SecretStore::Backend::SessionOnly);
        const QString key = SecretStore::tokenKey(QStringLiteral("session-profile"));
        QVERIFY(!readNow(store, key, this).ok);
        QVERIFY(writeNow(store, key, QStringLiteral("s3cret"), this).ok);
        const ReadOutcome read = readNow(store, key, this);
        QVERIFY(read.ok);
        QCOMPARE(read.value, QStringLiteral("s3cret"));
        QVERIFY(removeNow(store, key, this).ok);
        QCOMPARE(readNow(store, key, this).error.kind(), Error::Kind::NotFound);

        // Another store (another session) never sees it: nothing went to disk or keyring.
        QVERIFY(writeNow(store, key, QStringLiteral("s3cret"), this).ok);
        SecretStore other;
        other.setBackend(SecretStore::Backend::SessionOnly);
        QVERIFY(!readNow(other, key, this).ok);
    }

    void callbackDroppedWithContext()
    {
        SecretStore store;
        store.setBackend(SecretStore::Backend::SessionOnly);
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("x"), context, [&called](Result<QString>) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
