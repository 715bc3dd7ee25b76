#include "providers/wire/sigv4_signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace promptdesk {

namespace {

const QByteArray kAlgorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// %XX -> byte; everything else (including '+') is kept, as the AWS signers do.
QByteArray percentDecode(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '%' && i + 2 < in.size() && hexValue(in[i + 1]) >= 0 &&
            hexValue(in[i + 2]) >= 0) {
            out.append(static_cast<char>(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2])));
            i += 2;
        } else {
            out.append(in[i]);
        }
    }
    return out;
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Trims the value and collapses every run of whitespace (including folded lines) to one space.
QByteArray canonicalHeaderValue(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (char c : value) {
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

bool hasHeader(const HttpHeaderList &headers, QByteArrayView lowerName)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&](const auto &h) { return h.first.toLower() == lowerName; });
}

QByteArray headerValue(const HttpHeaderList &headers, QByteArrayView lowerName)
{
    for (const auto &h : headers) {
        if (h.first.toLower() == lowerName) {
            return h.second;
        }
    }
    return {};
}

struct CanonicalHeaders {
    QByteArray block;       // "name:value\n" lines
    QByteArray signedNames; // "a;b;c"
};

CanonicalHeaders canonicalHeaders(const HttpHeaderList &headers)
{
    // std::stable_sort keeps duplicates in their original order before they are joined.
    QList<QPair<QByteArray, QByteArray>> lowered;
    lowered.reserve(headers.size());
    for (const auto &h : headers) {
        lowered.append({h.first.trimmed().toLower(), canonicalHeaderValue(h.second)});
    }
    std::stable_sort(lowered.begin(), lowered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    CanonicalHeaders out;
    for (qsizetype i = 0; i < lowered.size(); ++i) {
        if (i > 0 && lowered[i].first == lowered[i - 1].first) {
            out.block.append(',').append(lowered[i].second);
            continue;
        }
        if (i > 0) {
            out.block.append('\n');
            out.signedNames.append(';');
        }
        out.block.append(lowered[i].first).append(':').append(lowered[i].second);
        out.signedNames.append(lowered[i].first);
    }
    if (!lowered.isEmpty()) {
        out.block.append('\n');
    }
    return out;
}

QByteArray amzDate(const QDateTime &timestamp)
{
    return timestamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray scopeOf(const QByteArray &date, const SigV4Options &options)
{
    return date + '/' + options.region.toUtf8() + '/' + options.service.toUtf8() +
           QByteArrayLiteral("/aws4_request");
}

struct Signed {
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;
};

Signed computeSignature(const QByteArray &method, const QByteArray &canonicalUri,
                        const QByteArray &canonicalQueryString, const CanonicalHeaders &headers,
                        const QByteArray &payloadHash, const QByteArray &timestamp,
                        const AwsCredentials &credentials, const SigV4Options &options)
{
    Signed s;
    s.canonicalRequest = method + '\n' + canonicalUri + '\n' + canonicalQueryString + '\n' +
                         headers.block + '\n' + headers.signedNames + '\n' + payloadHash;
    const QByteArray date = timestamp.left(8);
    s.stringToSign = kAlgorithm + '\n' + timestamp + '\n' + scopeOf(date, options) + '\n' +
                     SigV4Signer::hexSha256(s.canonicalRequest);
    const QByteArray key =
        SigV4Signer::signingKey(credentials.secretAccessKey, date, options.region, options.service);
    s.signature = hmac(key, s.stringToSign).toHex();
    return s;
}

} // namespace

QByteArray SigV4Signer::uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static const char kHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3 / 2);
    for (char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.append('%').append(kHex[u >> 4]).append(kHex[u & 0xF]);
        }
    }
    return out;
}

QByteArray SigV4Signer::canonicalPath(const QByteArray &wirePath, bool normalize)
{
    QByteArray path = wirePath.isEmpty() ? QByteArrayLiteral("/") : wirePath;
    if (normalize) {
        // RFC 3986 dot-segment removal plus collapsing of empty segments, as the AWS signers
        // do for every service except S3.
        const QList<QByteArray> parts = path.split('/');
        QList<QByteArray> kept;
        for (const QByteArray &part : parts) {
            if (part.isEmpty() || part == ".") {
                continue;
            }
            if (part == "..") {
                if (!kept.isEmpty()) {
                    kept.removeLast();
                }
                continue;
            }
            kept.append(part);
        }
        const QByteArray &last = parts.constLast();
        const bool trailing = last.isEmpty() || last == "." || last == "..";
        QByteArray normalized = '/' + kept.join('/');
        if (trailing && !kept.isEmpty()) {
            normalized.append('/');
        }
        path = normalized;
    }
    return uriEncode(path, true);
}

QByteArray SigV4Signer::canonicalQuery(const QByteArray &query)
{
    QList<QPair<QByteArray, QByteArray>> params;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        params.append(
            {uriEncode(percentDecode(key), false), uriEncode(percentDecode(value), false)});
    }
    std::sort(params.begin(), params.end());
    QByteArray out;
    for (const auto &p : params) {
        if (!out.isEmpty()) {
            out.append('&');
        }
        out.append(p.first).append('=').append(p.second);
    }
    return out;
}

QByteArray SigV4Signer::hexSha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::signingKey(const QByteArray &secret, const QByteArray &date,
                                   const QString &region, const QString &service)
{
    const QByteArray kDate = hmac(QByteArrayLiteral("AWS4") + secret, date);
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, QByteArrayLiteral("aws4_request"));
}

SigV4Result SigV4Signer::signHeaders(const SigV4Request &request, const AwsCredentials &credentials,
                                     const SigV4Options &options)
{
    SigV4Result result;
    HttpHeaderList headers = request.headers;
    QByteArray timestamp = headerValue(headers, "x-amz-date").trimmed();
    if (timestamp.isEmpty()) {
        timestamp = amzDate(options.timestamp);
        headers.append({QByteArrayLiteral("X-Amz-Date"), timestamp});
        result.addedHeaders.append(headers.constLast());
    }
    const bool hasToken = !credentials.sessionToken.isEmpty();
    if (hasToken && !options.omitSessionToken && !hasHeader(headers, "x-amz-security-token")) {
        headers.append({QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken});
        result.addedHeaders.append(headers.constLast());
    }
    const QByteArray payloadHash = hexSha256(request.body);
    if (options.signBody && !hasHeader(headers, "x-amz-content-sha256")) {
        headers.append({QByteArrayLiteral("x-amz-content-sha256"), payloadHash});
        result.addedHeaders.append(headers.constLast());
    }
    const CanonicalHeaders canonical = canonicalHeaders(headers);
    const Signed s = computeSignature(
        request.method, canonicalPath(request.path, options.normalizePath),
        canonicalQuery(request.query), canonical, payloadHash, timestamp, credentials, options);
    result.canonicalRequest = s.canonicalRequest;
    result.stringToSign = s.stringToSign;
    result.signature = s.signature;
    result.authorization = kAlgorithm + QByteArrayLiteral(" Credential=") +
                           credentials.accessKeyId + '/' + scopeOf(timestamp.left(8), options) +
                           QByteArrayLiteral(", SignedHeaders=") + canonical.signedNames +
                           QByteArrayLiteral(", Signature=") + s.signature;
    if (hasToken && options.omitSessionToken) {
        result.addedHeaders.append(
            {QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken});
    }
    result.addedHeaders.append({QByteArrayLiteral("Authorization"), result.authorization});
    return result;
}

SigV4Result SigV4Signer::presignQuery(const SigV4Request &request,
                                      const AwsCredentials &credentials,
                                      const SigV4Options &options)
{
    SigV4Result result;
    const QByteArray timestamp = amzDate(options.timestamp);
    const CanonicalHeaders canonical = canonicalHeaders(request.headers);
    QByteArray query = request.query;
    auto add = [&query](QByteArrayView key, const QByteArray &value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(key).append('=').append(uriEncode(value, false));
    };
    add("X-Amz-Algorithm", kAlgorithm);
    add("X-Amz-Credential", credentials.accessKeyId + '/' + scopeOf(timestamp.left(8), options));
    add("X-Amz-Date", timestamp);
    add("X-Amz-SignedHeaders", canonical.signedNames);
    add("X-Amz-Expires", QByteArray::number(options.expiresSeconds));
    if (!credentials.sessionToken.isEmpty() && !options.omitSessionToken) {
        add("X-Amz-Security-Token", credentials.sessionToken);
    }
    const Signed s = computeSignature(
        request.method, canonicalPath(request.path, options.normalizePath), canonicalQuery(query),
        canonical, hexSha256(request.body), timestamp, credentials, options);
    result.canonicalRequest = s.canonicalRequest;
    result.stringToSign = s.stringToSign;
    result.signature = s.signature;
    add("X-Amz-Signature", s.signature);
    result.presignedQuery = query;
    return result;
}

} // namespace promptdesk
