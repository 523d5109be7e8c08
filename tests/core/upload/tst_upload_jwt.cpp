// Jwt decoding (no verification) and the plain-language refusals of upload servers.
#include "upload/Jwt.h"
#include "upload/UploadErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace apkdesk;

namespace {

QByteArray segment(const QJsonObject &object)
{
    return QJsonDocument(object)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray token(const QJsonObject &claims,
                 const QJsonObject &header = { { "alg", "RS256" }, { "kid", "k1" } })
{
    return segment(header) + '.' + segment(claims) + ".c2lnbmF0dXJl";
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

class TestUploadJwt : public QObject
{
    Q_OBJECT

private slots:
    void decodesClaims()
    {
        const qint64 exp = nowSecs() + 3600;
        auto jwt = Jwt::decode(token({ { "iss", "gitlab.example.com" },
                                       { "sub", "project_path:group/repo:ref_type:branch:ref:main" },
                                       { "aud", QJsonArray { "reposerve", "other" } },
                                       { "exp", double(exp) },
                                       { "iat", double(exp - 7200) },
                                       { "project_path", "group/repo" } })
                               + "\n");
        QVERIFY2(jwt.ok(), qPrintable(jwt.ok() ? QString() : jwt.error().toString()));
        QCOMPARE(jwt->algorithm(), QStringLiteral("RS256"));
        QCOMPARE(jwt->keyId(), QStringLiteral("k1"));
        QCOMPARE(jwt->issuer(), QStringLiteral("gitlab.example.com"));
        QCOMPARE(jwt->audience(), (QStringList { "reposerve", "other" }));
        QCOMPARE(jwt->expiresAt()->toSecsSinceEpoch(), exp);
        QCOMPARE(jwt->issuedAt()->toSecsSinceEpoch(), exp - 7200);
        QCOMPARE(jwt->claims().value("project_path").toString(), QStringLiteral("group/repo"));
        QCOMPARE(jwt->stateAt(QDateTime::currentDateTimeUtc()), Jwt::State::Valid);
        QVERIFY(jwt->checkUsable().ok());
        QVERIFY(jwt->summary().contains(QLatin1String("gitlab.example.com")));
    }

    void expiryStates_data()
    {
        QTest::addColumn<qint64>("expOffset");
        QTest::addColumn<int>("state");
        QTest::newRow("expired") << qint64(-10) << int(Jwt::State::Expired);
        QTest::newRow("expires in 30 s") << qint64(30) << int(Jwt::State::ExpiringSoon);
        QTest::newRow("expires in 59 s") << qint64(59) << int(Jwt::State::ExpiringSoon);
        QTest::newRow("expires in 10 min") << qint64(600) << int(Jwt::State::Valid);
    }

    void expiryStates()
    {
        QFETCH(qint64, expOffset);
        QFETCH(int, state);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto jwt = Jwt::decode(token({ { "exp", double(now.toSecsSinceEpoch() + expOffset) } }));
        QVERIFY(jwt.ok());
        QCOMPARE(int(jwt->stateAt(now)), state);
        const Status usable = jwt->checkUsable(now);
        QCOMPARE(usable.ok(), state == int(Jwt::State::Valid));
        if (!usable.ok())
            QCOMPARE(usable.error().kind(), Error::Kind::Auth);
    }

    void notYetValid()
    {
        auto jwt =
            Jwt::decode(token({ { "nbf", double(nowSecs() + 3600) }, { "exp", double(nowSecs() + 7200) } }));
        QVERIFY(jwt.ok());
        QCOMPARE(jwt->stateAt(QDateTime::currentDateTimeUtc()), Jwt::State::NotYetValid);
        QVERIFY(!jwt->checkUsable().ok());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray header = segment({ { "alg", "RS256" } });
        const QByteArray claims = segment({ { "exp", 4e9 } });
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("   ");
        QTest::newRow("one part") << QByteArray("abc");
        QTest::newRow("two parts") << header + '.' + claims;
        QTest::newRow("four parts") << header + '.' + claims + ".x.y";
        QTest::newRow("no signature") << header + '.' + claims + '.';
        QTest::newRow("header not base64") << "!!!." + claims + ".c2ln";
        QTest::newRow("header not json") << QByteArray("bm90IGpzb24") + '.' + claims + ".c2ln";
        QTest::newRow("payload is an array") << header + '.' + QByteArray("WzEsMl0") + ".c2ln";
        QTest::newRow("no alg") << segment({ { "kid", "x" } }) + '.' + claims + ".c2ln";
        QTest::newRow("alg none") << segment({ { "alg", "none" } }) + '.' + claims + ".c2ln";
        QTest::newRow("exp is a string") << header + '.' + segment({ { "exp", "tomorrow" } }) + ".c2ln";
        QTest::newRow("exp negative") << header + '.' + segment({ { "exp", -5 } }) + ".c2ln";
        QTest::newRow("inner space") << header + ". " + claims + ".c2ln";
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        const auto jwt = Jwt::decode(text);
        QVERIFY(!jwt.ok());
        QVERIFY(!jwt.error().message().isEmpty());
        // The token itself never appears in the message (it is a secret).
        if (text.trimmed().size() > 8)
            QVERIFY(!jwt.error().message().contains(QString::fromLatin1(text.trimmed())));
    }

    void reposerveRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QByteArray("Missing bearer token") << QStringLiteral("received no token");
        QTest::newRow("expired") << QByteArray("ExpiredSignature") << QStringLiteral("has expired");
        QTest::newRow("signature") << QByteArray("InvalidSignature")
                                   << QStringLiteral("could not verify the token's signature");
        QTest::newRow("unknown kid") << QByteArray("Unknown key id abc123")
                                     << QStringLiteral("signed with key \"abc123\"");
        QTest::newRow("missing claim") << QByteArray("Claim project_path is not in the token")
                                       << QStringLiteral("carry the claim \"project_path\"");
        QTest::newRow("wrong claim")
            << QByteArray("Expected claim iss == gitlab.com")
            << QStringLiteral("\"iss\" is \"gitlab.com\", but this token says \"evil.example\"");
        QTest::newRow("other") << QByteArray("Something else") << QStringLiteral("refused the token");
    }

    void reposerveRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        auto jwt = Jwt::decode(token({ { "iss", "evil.example" }, { "exp", 4e9 } }));
        QVERIFY(jwt.ok());
        const Error error = UploadErrors::forStatus(ServerProfile::Kind::Reposerve, 401, body, *jwt);
        QCOMPARE(error.kind(), Error::Kind::Auth);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QString::fromLatin1(body)), qPrintable(error.message()));
    }

    void statusMessages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("errorKind");
        const int repo = int(ServerProfile::Kind::Reposerve);
        const int gitea = int(ServerProfile::Kind::Gitea);
        QTest::newRow("403 reposerve")
            << repo << 403 << QStringLiteral("does not allow it") << int(Error::Kind::Auth);
        QTest::newRow("403 gitea quota") << gitea << 403 << QStringLiteral("quota") << int(Error::Kind::Auth);
        QTest::newRow("404 reposerve")
            << repo << 404 << QStringLiteral("no upload endpoint") << int(Error::Kind::Http);
        QTest::newRow("409 gitea") << gitea << 409 << QStringLiteral("already exists")
                                   << int(Error::Kind::Http);
        QTest::newRow("400 gitea") << gitea << 400 << QStringLiteral("invalid") << int(Error::Kind::Http);
        QTest::newRow("401 gitea") << gitea << 401 << QStringLiteral("user name and token")
                                   << int(Error::Kind::Auth);
        QTest::newRow("413") << repo << 413 << QStringLiteral("too large") << int(Error::Kind::LimitExceeded);
        QTest::newRow("502") << repo << 502 << QStringLiteral("HTTP 502") << int(Error::Kind::Http);
        QTest::newRow("307") << repo << 307 << QStringLiteral("redirected") << int(Error::Kind::Unsafe);
    }

    void statusMessages()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, expected);
        QFETCH(int, errorKind);
        const Error error =
            UploadErrors::forStatus(ServerProfile::Kind(kind), status, "details\x1b[31m here");
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QCOMPARE(int(error.kind()), errorKind);
        // Control characters from the server never reach a terminal.
        QVERIFY(!error.message().contains(QChar(0x1b)));
    }
};

QTEST_GUILESS_MAIN(TestUploadJwt)
#include "tst_upload_jwt.moc"
