// SigV4 against every case of AWS's two official suites in ../shared/vectors/sigv4 (read in
// place, skipped when absent), plus fixtures of our own: AWS's documented IAM example and the
// Bedrock double-encoded model id.
#include "providers/wire/sigv4_signer.h"
#include "test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace promptdesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

// Parses a raw request file: request line, headers (folded lines kept as continuation),
// blank line, body.
SigV4Request parseRequest(QByteArray raw)
{
    if (raw.startsWith("\xEF\xBB\xBF")) {
        raw.remove(0, 3); // two upstream .req files start with a UTF-8 byte order mark
    }
    SigV4Request request;
    const qsizetype firstEnd = raw.indexOf('\n');
    const QByteArray requestLine = raw.left(firstEnd < 0 ? raw.size() : firstEnd);
    const qsizetype sp = requestLine.indexOf(' ');
    const qsizetype httpAt = requestLine.lastIndexOf(" HTTP/");
    request.method = requestLine.left(sp);
    const QByteArray target = requestLine.mid(sp + 1, httpAt - sp - 1);
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.left(q);
    request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    if (firstEnd < 0) {
        return request;
    }
    qsizetype pos = firstEnd + 1;
    while (pos < raw.size()) {
        qsizetype end = raw.indexOf('\n', pos);
        if (end < 0) {
            end = raw.size();
        }
        const QByteArray line = raw.mid(pos, end - pos);
        pos = end + 1;
        if (line.isEmpty()) {
            request.body = raw.mid(pos);
            break;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !request.headers.isEmpty()) {
            request.headers.last().second.append('\n').append(line);
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    return request;
}

QDateTime suiteTime()
{
    return QDateTime(QDate(2015, 8, 30), QTime(12, 36, 0), Qt::UTC);
}

QString vectorsDir()
{
    return testing::sharedDir() + QStringLiteral("/vectors/sigv4");
}

} // namespace

class TestSigV4 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void signingSuite_data();
    void signingSuite();
    void originalSuite_data();
    void originalSuite();
    void documentedIamExample();
    void bedrockModelIdIsEncodedTwice();
    void sessionTokenIsSignedUnlessOmitted();
};

void TestSigV4::signingSuite_data()
{
    QTest::addColumn<QString>("dir");
    if (testing::sharedDir().isEmpty()) {
        return;
    }
    QDir root(vectorsDir() + QStringLiteral("/aws-signing-test-suite/v4"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : cases) {
        QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
}

void TestSigV4::signingSuite()
{
    PROMPTDESK_REQUIRE_SHARED("vectors/sigv4");
    QFETCH(QString, dir);
    const QJsonObject context =
        QJsonDocument::fromJson(readAll(dir + QStringLiteral("/context.json"))).object();
    const QJsonObject creds = context.value(QStringLiteral("credentials")).toObject();
    AwsCredentials credentials;
    credentials.accessKeyId = creds.value(QStringLiteral("access_key_id")).toString().toUtf8();
    credentials.secretAccessKey =
        creds.value(QStringLiteral("secret_access_key")).toString().toUtf8();
    credentials.sessionToken = creds.value(QStringLiteral("token")).toString().toUtf8();
    SigV4Options options;
    options.region = context.value(QStringLiteral("region")).toString();
    options.service = context.value(QStringLiteral("service")).toString();
    options.timestamp =
        QDateTime::fromString(context.value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
    QCOMPARE(options.timestamp, suiteTime());
    options.normalizePath = context.value(QStringLiteral("normalize")).toBool(true);
    options.signBody = context.value(QStringLiteral("sign_body")).toBool(false);
    options.omitSessionToken = context.value(QStringLiteral("omit_session_token")).toBool(false);
    options.expiresSeconds = context.value(QStringLiteral("expiration_in_seconds")).toInt(3600);

    const SigV4Request request = parseRequest(readAll(dir + QStringLiteral("/request.txt")));
    const SigV4Result header = SigV4Signer::signHeaders(request, credentials, options);
    QCOMPARE(header.canonicalRequest,
             readAll(dir + QStringLiteral("/header-canonical-request.txt")));
    QCOMPARE(header.stringToSign, readAll(dir + QStringLiteral("/header-string-to-sign.txt")));
    QCOMPARE(header.signature, readAll(dir + QStringLiteral("/header-signature.txt")).trimmed());
    const QByteArray signedRequest = readAll(dir + QStringLiteral("/header-signed-request.txt"));
    QVERIFY(signedRequest.contains(
        QByteArray(QByteArrayLiteral("Authorization:") + header.authorization)));

    const SigV4Result query = SigV4Signer::presignQuery(request, credentials, options);
    QCOMPARE(query.canonicalRequest, readAll(dir + QStringLiteral("/query-canonical-request.txt")));
    QCOMPARE(query.stringToSign, readAll(dir + QStringLiteral("/query-string-to-sign.txt")));
    QCOMPARE(query.signature, readAll(dir + QStringLiteral("/query-signature.txt")).trimmed());
}

void TestSigV4::originalSuite_data()
{
    QTest::addColumn<QString>("base");
    if (testing::sharedDir().isEmpty()) {
        return;
    }
    const QString root = vectorsDir() + QStringLiteral("/aws-sig-v4-test-suite");
    QDirIterator it(root, {QStringLiteral("*.req")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList bases;
    while (it.hasNext()) {
        const QString path = it.next();
        bases.append(path.chopped(4));
    }
    bases.sort();
    for (const QString &base : bases) {
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(base))) << base;
    }
}

void TestSigV4::originalSuite()
{
    PROMPTDESK_REQUIRE_SHARED("vectors/sigv4");
    QFETCH(QString, base);
    AwsCredentials credentials{"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", {}};
    SigV4Options options;
    options.region = QStringLiteral("us-east-1");
    options.service = QStringLiteral("service");
    options.timestamp = suiteTime();
    // The .req files already carry X-Amz-Date (and, for the STS "before" case, the token).
    const SigV4Request request = parseRequest(readAll(base + QStringLiteral(".req")));
    const SigV4Result result = SigV4Signer::signHeaders(request, credentials, options);
    QCOMPARE(result.canonicalRequest, readAll(base + QStringLiteral(".creq")));
    QCOMPARE(result.stringToSign, readAll(base + QStringLiteral(".sts")));
    QCOMPARE(result.authorization, readAll(base + QStringLiteral(".authz")).trimmed());
}

void TestSigV4::documentedIamExample()
{
    // AWS's documented walk-through (IAM ListUsers, example key AKIDEXAMPLE): the signing key,
    // canonical request hash and signature published in the AWS General Reference.
    AwsCredentials credentials{"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", {}};
    SigV4Options options;
    options.region = QStringLiteral("us-east-1");
    options.service = QStringLiteral("iam");
    options.timestamp = suiteTime();
    QCOMPARE(SigV4Signer::signingKey(credentials.secretAccessKey, "20150830", options.region,
                                     options.service)
                 .toHex(),
             QByteArray("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"));
    SigV4Request request;
    request.method = "GET";
    request.path = "/";
    request.query = "Action=ListUsers&Version=2010-05-08";
    request.headers = {{"Host", "iam.amazonaws.com"},
                       {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    const SigV4Result result = SigV4Signer::signHeaders(request, credentials, options);
    QCOMPARE(SigV4Signer::hexSha256(result.canonicalRequest),
             QByteArray("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59"));
    QCOMPARE(result.signature,
             QByteArray("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"));
    QCOMPARE(
        result.authorization,
        QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/"
                   "aws4_request, SignedHeaders=content-type;host;x-amz-date, "
                   "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"));
}

void TestSigV4::bedrockModelIdIsEncodedTwice()
{
    // The model id's ':' goes on the wire as %3A; the canonical URI encodes it again (%253A).
    AwsCredentials credentials{
        "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", {}};
    SigV4Options options;
    options.region = QStringLiteral("eu-central-1");
    options.service = QStringLiteral("bedrock");
    options.timestamp = suiteTime();
    SigV4Request request;
    request.method = "POST";
    request.path = "/model/eu.anthropic.claude-haiku-4-5-20251001-v1%3A0/converse-stream";
    request.headers = {{"host", "bedrock-runtime.eu-central-1.amazonaws.com"},
                       {"content-type", "application/json"}};
    request.body = R"({"messages":[]})";
    const SigV4Result result = SigV4Signer::signHeaders(request, credentials, options);
    QVERIFY(result.canonicalRequest.startsWith(
        "POST\n/model/eu.anthropic.claude-haiku-4-5-20251001-v1%253A0/converse-stream\n\n"));
    QVERIFY(result.stringToSign.contains("20150830/eu-central-1/bedrock/aws4_request"));
    // Not normalised away: a path without dots or empty segments is only encoded.
    QCOMPARE(SigV4Signer::canonicalPath("/a:b/c", false), QByteArray("/a%3Ab/c"));
}

void TestSigV4::sessionTokenIsSignedUnlessOmitted()
{
    AwsCredentials credentials{"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                               "token=="};
    SigV4Options options;
    options.region = QStringLiteral("us-east-1");
    options.service = QStringLiteral("service");
    options.timestamp = suiteTime();
    SigV4Request request{"GET", "/", {}, {{"Host", "example.amazonaws.com"}}, {}};
    const SigV4Result before = SigV4Signer::signHeaders(request, credentials, options);
    QVERIFY(before.authorization.contains("SignedHeaders=host;x-amz-date;x-amz-security-token"));
    options.omitSessionToken = true;
    const SigV4Result after = SigV4Signer::signHeaders(request, credentials, options);
    QVERIFY(after.authorization.contains("SignedHeaders=host;x-amz-date,"));
    bool tokenAdded = false;
    for (const auto &h : after.addedHeaders) {
        tokenAdded |= h.first == "X-Amz-Security-Token" && h.second == "token==";
    }
    QVERIFY(tokenAdded);
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "test_sigv4.moc"
