#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace promptdesk {

// AWS credentials for one request. Held in memory only for as long as a request is signed;
// they come from the keychain, the AWS shared files or credential_process, never settings.
struct AwsCredentials {
    QByteArray accessKeyId;
    QByteArray secretAccessKey;
    QByteArray sessionToken; // empty for long-term keys
    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request as it goes on the wire: the path exactly as sent (already percent-encoded
// where the caller encoded it, e.g. "/model/anthropic.claude-v1%3A0/converse"), the query
// string without '?', headers in order (duplicates allowed) and the body.
struct SigV4Request {
    QByteArray method;
    QByteArray path;
    QByteArray query;
    HttpHeaderList headers;
    QByteArray body;
};

struct SigV4Options {
    QString region;
    QString service;               // signing name: "bedrock" for Bedrock Runtime
    QDateTime timestamp;           // UTC
    bool normalizePath = true;     // RFC 3986 dot-segment removal; every service but S3
    bool signBody = false;         // add and sign x-amz-content-sha256
    bool omitSessionToken = false; // add the token after signing (the STS "after" variant)
    int expiresSeconds = 3600;     // query presigning only
};

struct SigV4Result {
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature; // lower-case hex
    // Header signing: the value of the Authorization header, and the headers to add to the
    // request (X-Amz-Date, X-Amz-Security-Token, x-amz-content-sha256, Authorization).
    QByteArray authorization;
    HttpHeaderList addedHeaders;
    // Query presigning: the full query string to send instead of the original one.
    QByteArray presignedQuery;
};

// AWS Signature Version 4 (HMAC-SHA256), the whole algorithm in this one file: canonical
// request, string to sign, signing key derivation, Authorization header and query presigning.
// Written by hand because no Debian-packaged C++ library provides it without pulling in the
// whole AWS SDK; checked against every case of AWS's official suites (tests/unit/providers).
//
// The canonical URI encodes the wire path once more (every service but S3 does this), so a
// Bedrock model id sent as "%3A" is signed as "%253A", exactly as botocore signs it.
class SigV4Signer final {
public:
    static SigV4Result signHeaders(const SigV4Request &request, const AwsCredentials &credentials,
                                   const SigV4Options &options);
    static SigV4Result presignQuery(const SigV4Request &request, const AwsCredentials &credentials,
                                    const SigV4Options &options);

    // Building blocks, public for tests and the emulator (which verifies signatures).
    static QByteArray uriEncode(QByteArrayView bytes, bool keepSlash);
    static QByteArray canonicalPath(const QByteArray &wirePath, bool normalize);
    static QByteArray canonicalQuery(const QByteArray &query);
    static QByteArray hexSha256(QByteArrayView bytes);
    static QByteArray signingKey(const QByteArray &secret, const QByteArray &date,
                                 const QString &region, const QString &service);
};

} // namespace promptdesk
