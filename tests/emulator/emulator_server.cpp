#include "emulator_server.h"

#include "json_answer.h"
#include "providers/wire/event_stream.h"
#include "providers/wire/sigv4_signer.h"
#include "response_writer.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

#include <cstdio>

namespace promptdesk::emulator {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;
using Piece = ResponseWriter::Piece;
using End = ResponseWriter::End;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray headerOf(const QHttpServerRequest &request, QByteArrayView lowerName)
{
    for (const auto &h : request.headers()) {
        if (h.first.toLower() == lowerName) {
            return h.second;
        }
    }
    return {};
}

// The answer, cut into chunks of one word (with its trailing space).
QStringList chunksOf(const QString &text)
{
    QStringList chunks;
    static const QRegularExpression word(QStringLiteral("\\S+\\s*"));
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        chunks.append(it.next().captured());
    }
    return chunks;
}

qint64 wordCount(const QByteArray &body)
{
    return QString::fromUtf8(body)
        .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
        .size();
}

QByteArray sse(const QByteArray &event, const QJsonObject &data)
{
    QByteArray out;
    if (!event.isEmpty()) {
        out += "event: " + event + "\n";
    }
    return out + "data: " + json(data) + "\n\n";
}

QByteArray frame(const QByteArray &eventType, const QJsonObject &payload)
{
    EventStreamMessage m;
    m.headers = {EventStreamHeader::string(":event-type", eventType),
                 EventStreamHeader::string(":content-type", "application/json"),
                 EventStreamHeader::string(":message-type", "event")};
    QJsonObject padded = payload;
    padded.insert(QStringLiteral("p"), QStringLiteral("abcdefghijkl")); // as Bedrock pads events
    m.payload = json(padded);
    return EventStreamDecoder::encode(m);
}

struct Answer {
    QStringList chunks;
    qint64 inputTokens = 0;
    QString model;
    QByteArray requestId;
    int chunkDelayMs = 0;
};

// Applies a step's fault to a list of body pieces: the protocol supplies how a malformed,
// truncated or erroring piece looks.
struct FaultPieces {
    QByteArray malformed;
    QByteArray truncated;
    QByteArray streamError;
    QByteArray badCrc;
};

void applyFault(const Step &step, QList<Piece> &pieces, End &end, const FaultPieces &faults,
                qsizetype firstTextPiece)
{
    const qsizetype cut = qMin<qsizetype>(firstTextPiece + step.afterChunks, pieces.size());
    switch (step.fault) {
    case Fault::SlowFirstToken:
        if (firstTextPiece < pieces.size()) {
            pieces[firstTextPiece].delayMs += step.delayMs;
        }
        break;
    case Fault::Stall:
        pieces = pieces.mid(0, cut);
        end = End::Stall;
        break;
    case Fault::Disconnect:
        pieces = pieces.mid(0, cut);
        end = End::Drop;
        break;
    case Fault::MalformedJson:
        pieces = pieces.mid(0, cut);
        pieces.append(Piece{faults.malformed, 0});
        break;
    case Fault::TruncatedFrame:
        pieces = pieces.mid(0, cut);
        pieces.append(Piece{faults.truncated, 0});
        break;
    case Fault::BadCrc:
        pieces = pieces.mid(0, cut);
        pieces.append(Piece{faults.badCrc.isEmpty() ? faults.malformed : faults.badCrc, 0});
        break;
    case Fault::StreamError:
        pieces = pieces.mid(0, cut);
        pieces.append(Piece{faults.streamError, 0});
        break;
    case Fault::Huge:
        pieces = pieces.mid(0, firstTextPiece + 1);
        end = End::Endless;
        break;
    default:
        break;
    }
}

// ---- Bedrock -------------------------------------------------------------------------------

void bedrockError(QTcpSocket *socket, int status, const QByteArray &type, const QString &message,
                  const QByteArray &requestId)
{
    ResponseWriter::writeWhole(
        socket, status,
        {{"Content-Type", "application/json"},
         {"x-amzn-RequestId", requestId},
         {"x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazon.bedrock/"}},
        json(QJsonObject{{QStringLiteral("message"), message}}));
}

void bedrockAnswer(QTcpSocket *socket, const Answer &a, const Step &step, bool stream)
{
    const qint64 outTokens = a.chunks.size();
    const QJsonObject usage{{QStringLiteral("inputTokens"), a.inputTokens},
                            {QStringLiteral("outputTokens"), outTokens},
                            {QStringLiteral("totalTokens"), a.inputTokens + outTokens}};
    if (!stream) {
        ResponseWriter::writeWhole(
            socket, 200, {{"Content-Type", "application/json"}, {"x-amzn-RequestId", a.requestId}},
            json(QJsonObject{
                {QStringLiteral("output"),
                 QJsonObject{{QStringLiteral("message"),
                              QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                          {QStringLiteral("content"),
                                           QJsonArray{QJsonObject{{QStringLiteral("text"),
                                                                   a.chunks.join(QString())}}}}}}}},
                {QStringLiteral("stopReason"), QStringLiteral("end_turn")},
                {QStringLiteral("usage"), usage},
                {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("latencyMs"), 5}}}}));
        return;
    }
    QList<Piece> pieces;
    pieces.append(
        {frame("messageStart", {{QStringLiteral("role"), QStringLiteral("assistant")}}), 0});
    for (const QString &chunk : a.chunks) {
        pieces.append({frame("contentBlockDelta", {{QStringLiteral("contentBlockIndex"), 0},
                                                   {QStringLiteral("delta"),
                                                    QJsonObject{{QStringLiteral("text"), chunk}}}}),
                       a.chunkDelayMs});
    }
    pieces.append({frame("contentBlockStop", {{QStringLiteral("contentBlockIndex"), 0}}), 0});
    pieces.append(
        {frame("messageStop", {{QStringLiteral("stopReason"), QStringLiteral("end_turn")}}), 0});
    pieces.append({frame("metadata", {{QStringLiteral("usage"), usage},
                                      {QStringLiteral("metrics"),
                                       QJsonObject{{QStringLiteral("latencyMs"), 5}}}}),
                   0});
    FaultPieces faults;
    EventStreamMessage broken;
    broken.headers = {EventStreamHeader::string(":event-type", "contentBlockDelta"),
                      EventStreamHeader::string(":message-type", "event")};
    broken.payload = R"({"contentBlockIndex":0,"delta":{"text":)";
    faults.malformed = EventStreamDecoder::encode(broken);
    const QByteArray whole = frame(
        "contentBlockDelta",
        {{QStringLiteral("contentBlockIndex"), 0},
         {QStringLiteral("delta"), QJsonObject{{QStringLiteral("text"), QStringLiteral("lost")}}}});
    faults.truncated = whole.left(whole.size() / 2);
    faults.badCrc = whole;
    faults.badCrc[faults.badCrc.size() - 1] = static_cast<char>(faults.badCrc.back() ^ 0x5a);
    EventStreamMessage exception;
    exception.headers = {EventStreamHeader::string(":exception-type", "throttlingException"),
                         EventStreamHeader::string(":content-type", "application/json"),
                         EventStreamHeader::string(":message-type", "exception")};
    exception.payload = R"({"message":"Too many tokens, please wait before trying again."})";
    faults.streamError = EventStreamDecoder::encode(exception);
    End end = End::Finish;
    applyFault(step, pieces, end, faults, 1);
    new ResponseWriter(
        socket, 200,
        {{"Content-Type", "application/vnd.amazon.eventstream"}, {"x-amzn-RequestId", a.requestId}},
        pieces, end);
}

// ---- Anthropic -----------------------------------------------------------------------------

void anthropicError(QTcpSocket *socket, int status, const QString &type, const QString &message,
                    const QByteArray &requestId, int retryAfter = -1)
{
    Headers headers{{"Content-Type", "application/json"}, {"request-id", requestId}};
    if (retryAfter >= 0) {
        headers.append({"retry-after", QByteArray::number(retryAfter)});
    }
    ResponseWriter::writeWhole(
        socket, status, headers,
        json(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}}},
            {QStringLiteral("request_id"), QString::fromLatin1(requestId)}}));
}

void anthropicAnswer(QTcpSocket *socket, const Answer &a, const Step &step, bool stream)
{
    const QString id = QStringLiteral("msg_emu_") + QString::fromLatin1(a.requestId.right(4));
    const qint64 outTokens = a.chunks.size();
    if (!stream) {
        ResponseWriter::writeWhole(
            socket, 200, {{"Content-Type", "application/json"}, {"request-id", a.requestId}},
            json(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("type"), QStringLiteral("message")},
                {QStringLiteral("role"), QStringLiteral("assistant")},
                {QStringLiteral("model"), a.model},
                {QStringLiteral("content"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                        {QStringLiteral("text"), a.chunks.join(QString())}}}},
                {QStringLiteral("stop_reason"), QStringLiteral("end_turn")},
                {QStringLiteral("stop_sequence"), QJsonValue::Null},
                {QStringLiteral("usage"),
                 QJsonObject{{QStringLiteral("input_tokens"), a.inputTokens},
                             {QStringLiteral("output_tokens"), outTokens}}}}));
        return;
    }
    QList<Piece> pieces;
    pieces.append({sse("message_start",
                       {{QStringLiteral("type"), QStringLiteral("message_start")},
                        {QStringLiteral("message"),
                         QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("type"), QStringLiteral("message")},
                                     {QStringLiteral("role"), QStringLiteral("assistant")},
                                     {QStringLiteral("model"), a.model},
                                     {QStringLiteral("content"), QJsonArray{}},
                                     {QStringLiteral("stop_reason"), QJsonValue::Null},
                                     {QStringLiteral("usage"),
                                      QJsonObject{{QStringLiteral("input_tokens"), a.inputTokens},
                                                  {QStringLiteral("output_tokens"), 1}}}}}}) +
                       sse("content_block_start",
                           {{QStringLiteral("type"), QStringLiteral("content_block_start")},
                            {QStringLiteral("index"), 0},
                            {QStringLiteral("content_block"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                         {QStringLiteral("text"), QString()}}}}) +
                       "event: ping\ndata: {\"type\": \"ping\"}\n\n",
                   0});
    for (const QString &chunk : a.chunks) {
        pieces.append({sse("content_block_delta",
                           {{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                            {QStringLiteral("index"), 0},
                            {QStringLiteral("delta"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")},
                                         {QStringLiteral("text"), chunk}}}}),
                       a.chunkDelayMs});
    }
    pieces.append(
        {sse("content_block_stop", {{QStringLiteral("type"), QStringLiteral("content_block_stop")},
                                    {QStringLiteral("index"), 0}}) +
             sse("message_delta",
                 {{QStringLiteral("type"), QStringLiteral("message_delta")},
                  {QStringLiteral("delta"),
                   QJsonObject{{QStringLiteral("stop_reason"), QStringLiteral("end_turn")},
                               {QStringLiteral("stop_sequence"), QJsonValue::Null}}},
                  {QStringLiteral("usage"),
                   QJsonObject{{QStringLiteral("output_tokens"), outTokens}}}}) +
             sse("message_stop", {{QStringLiteral("type"), QStringLiteral("message_stop")}}),
         0});
    FaultPieces faults;
    faults.malformed =
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\n\n";
    faults.truncated = "event: content_block_delta\ndata: {\"type\":\"content_block_del";
    faults.streamError =
        sse("error", {{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("overloaded_error")},
                                   {QStringLiteral("message"), QStringLiteral("Overloaded")}}}});
    End end = End::Finish;
    applyFault(step, pieces, end, faults, 1);
    new ResponseWriter(socket, 200,
                       {{"Content-Type", "text/event-stream; charset=utf-8"},
                        {"request-id", a.requestId},
                        {"Cache-Control", "no-cache"}},
                       pieces, end);
}

// ---- OpenAI / Azure OpenAI -----------------------------------------------------------------

void openAiError(QTcpSocket *socket, int status, const QString &type, const QString &code,
                 const QString &message, const QByteArray &requestId, int retryAfter = -1)
{
    Headers headers{{"Content-Type", "application/json"}, {"x-request-id", requestId}};
    if (retryAfter >= 0) {
        headers.append({"retry-after", QByteArray::number(retryAfter)});
    }
    ResponseWriter::writeWhole(
        socket, status, headers,
        json(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                  {QStringLiteral("type"), type},
                                                  {QStringLiteral("param"), QJsonValue::Null},
                                                  {QStringLiteral("code"), code}}}}));
}

void openAiAnswer(QTcpSocket *socket, const Answer &a, const Step &step, bool stream, bool azure,
                  bool includeUsage)
{
    const QString id = QStringLiteral("chatcmpl-emu") + QString::fromLatin1(a.requestId.right(4));
    const qint64 outTokens = a.chunks.size();
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), a.inputTokens},
                            {QStringLiteral("completion_tokens"), outTokens},
                            {QStringLiteral("total_tokens"), a.inputTokens + outTokens}};
    auto chunk = [&](const QJsonArray &choices, const QJsonValue &u) -> QByteArray {
        return "data: " +
               json(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                                {QStringLiteral("created"), 1764000000},
                                {QStringLiteral("model"), a.model},
                                {QStringLiteral("choices"), choices},
                                {QStringLiteral("usage"), u}}) +
               "\n\n";
    };
    if (!stream) {
        ResponseWriter::writeWhole(
            socket, 200, {{"Content-Type", "application/json"}, {"x-request-id", a.requestId}},
            json(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("object"), QStringLiteral("chat.completion")},
                {QStringLiteral("created"), 1764000000},
                {QStringLiteral("model"), a.model},
                {QStringLiteral("choices"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("index"), 0},
                     {QStringLiteral("message"),
                      QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"), a.chunks.join(QString())}}},
                     {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
                {QStringLiteral("usage"), usage}}));
        return;
    }
    QList<Piece> pieces;
    QByteArray opening;
    if (azure) {
        // Azure starts with a chunk holding only the prompt filter results.
        opening += "data: " +
                   json(QJsonObject{{QStringLiteral("id"), QString()},
                                    {QStringLiteral("object"), QString()},
                                    {QStringLiteral("choices"), QJsonArray{}},
                                    {QStringLiteral("prompt_filter_results"), QJsonArray{}}}) +
                   "\n\n";
    }
    opening += chunk(
        QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                               {QStringLiteral("delta"),
                                QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                            {QStringLiteral("content"), QString()}}},
                               {QStringLiteral("finish_reason"), QJsonValue::Null}}},
        QJsonValue::Null);
    pieces.append({opening + ": keep-alive\n\n", 0});
    for (const QString &text : a.chunks) {
        pieces.append(
            {chunk(QJsonArray{QJsonObject{
                       {QStringLiteral("index"), 0},
                       {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), text}}},
                       {QStringLiteral("finish_reason"), QJsonValue::Null}}},
                   QJsonValue::Null),
             a.chunkDelayMs});
    }
    QByteArray closing =
        chunk(QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                     {QStringLiteral("delta"), QJsonObject{}},
                                     {QStringLiteral("finish_reason"), QStringLiteral("stop")}}},
              QJsonValue::Null);
    if (includeUsage) {
        closing += chunk(QJsonArray{}, usage);
    }
    closing += "data: [DONE]\n\n";
    pieces.append({closing, 0});
    FaultPieces faults;
    faults.malformed = "data: {\"id\":\"chatcmpl-emu\",\"choices\":[{\"delta\":{\"content\":\n\n";
    faults.truncated = "data: {\"id\":\"chatcmpl-emu\",\"choices\":[{\"de";
    faults.streamError =
        "data: " +
        json(QJsonObject{
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("message"),
                          QStringLiteral("The server had an error while processing your request.")},
                         {QStringLiteral("type"), QStringLiteral("server_error")}}}}) +
        "\n\n";
    End end = End::Finish;
    applyFault(step, pieces, end, faults, 1);
    new ResponseWriter(socket, 200,
                       {{"Content-Type", "text/event-stream"}, {"x-request-id", a.requestId}},
                       pieces, end);
}

} // namespace

EmulatorServer::EmulatorServer(Scenario scenario, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_scenario(std::move(scenario))
{
}

EmulatorServer::~EmulatorServer() = default;

quint16 EmulatorServer::listenLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

void EmulatorServer::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    m_nextStep = 0;
}

Step EmulatorServer::nextStep()
{
    if (m_nextStep < m_scenario.steps.size()) {
        return m_scenario.steps[m_nextStep++];
    }
    return Step{};
}

bool EmulatorServer::checkSigV4(const QHttpServerRequest &request, QString *why) const
{
    const QByteArray authorization = headerOf(request, "authorization");
    static const QRegularExpression re(QStringLiteral(
        "^AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, "
        "?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$"));
    const auto m = re.match(QString::fromLatin1(authorization));
    if (!m.hasMatch()) {
        *why = QStringLiteral("Authorization header is not a SigV4 header");
        return false;
    }
    if (m.captured(1).toLatin1() != m_scenario.awsAccessKeyId) {
        *why = QStringLiteral("The security token included in the request is invalid.");
        return false;
    }
    if (m.captured(4) != QStringLiteral("bedrock")) {
        *why = QStringLiteral("Credential should be scoped to correct service: 'bedrock'.");
        return false;
    }
    // Rebuild the wire path: each segment percent-encoded as the client sent it (":" -> %3A).
    QByteArray path;
    const QStringList segments = request.url().path().split(QLatin1Char('/'));
    for (qsizetype i = 1; i < segments.size(); ++i) {
        path += '/' + QUrl::toPercentEncoding(segments[i]);
    }
    SigV4Request toSign;
    toSign.method = "POST";
    toSign.path = path;
    toSign.query = request.url().query(QUrl::FullyEncoded).toLatin1();
    toSign.body = request.body();
    for (const QString &name : m.captured(5).split(QLatin1Char(';'))) {
        toSign.headers.append({name.toLatin1(), headerOf(request, name.toLatin1())});
    }
    const QByteArray amzDate = headerOf(request, "x-amz-date");
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    SigV4Options options;
    options.region = m.captured(3);
    options.service = m.captured(4);
    options.timestamp = QDateTime(when.date(), when.time(), Qt::UTC);
    const QByteArray sha = headerOf(request, "x-amz-content-sha256");
    if (!sha.isEmpty() && sha != SigV4Signer::hexSha256(toSign.body)) {
        *why = QStringLiteral(
            "The provided 'x-amz-content-sha256' header does not match what was computed.");
        return false;
    }
    const SigV4Result expected = SigV4Signer::signHeaders(
        toSign, AwsCredentials{m_scenario.awsAccessKeyId, m_scenario.awsSecretAccessKey, {}},
        options);
    if (expected.signature != m.captured(6).toLatin1()) {
        *why = QStringLiteral(
            "The request signature we calculated does not match the signature you provided.");
        return false;
    }
    return true;
}

bool EmulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const QByteArray requestId =
        "emu-req-" + QByteArray::number(++m_requestCounter).rightJustified(4, '0');
    RequestRecord record;
    record.path = path;
    record.proxyVia = headerOf(request, "via");
    if (request.method() != QHttpServerRequest::Method::Post) {
        missingHandler(request, socket);
        return true;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    Answer answer;
    // A request for schema-shaped JSON (extraction templates) gets an instance of the schema.
    const QString structured = jsonAnswerFor(body);
    answer.chunks = chunksOf(structured.isEmpty() ? m_scenario.text : structured);
    answer.inputTokens = wordCount(request.body());
    answer.requestId = requestId;
    answer.chunkDelayMs = m_scenario.chunkDelayMs;

    static const QRegularExpression bedrockPath(
        QStringLiteral("^/model/([^/]+)/(converse|converse-stream)$"));
    static const QRegularExpression azurePath(
        QStringLiteral("^/openai/deployments/([^/]+)/chat/completions$"));
    const auto bedrock = bedrockPath.match(path);
    const auto azure = azurePath.match(path);
    if (bedrock.hasMatch()) {
        record.protocol = QStringLiteral("bedrock");
        record.streamed = bedrock.captured(2) == QStringLiteral("converse-stream");
        record.model = bedrock.captured(1);
        QString why;
        const QByteArray authorization = headerOf(request, "authorization");
        record.authOk = authorization.startsWith("Bearer ")
                            ? authorization.mid(7) == m_scenario.bedrockApiKey
                            : checkSigV4(request, &why);
        const Step step = nextStep();
        if (!step.text.isEmpty()) {
            answer.chunks = chunksOf(step.text);
        }
        record.fault = faultName(step.fault);
        this->record(record);
        if (!record.authOk) {
            bedrockError(
                socket, 403,
                why.contains(QStringLiteral("signature")) ? "InvalidSignatureException"
                                                          : "UnrecognizedClientException",
                why.isEmpty()
                    ? QStringLiteral("Invalid API Key format: Must start with pre-defined prefix")
                    : why,
                requestId);
            return true;
        }
        if (body.value(QStringLiteral("messages")).toArray().isEmpty()) {
            bedrockError(socket, 400, "ValidationException",
                         QStringLiteral(
                             "Malformed input request, please reformat your input and try again."),
                         requestId);
            return true;
        }
        switch (step.fault) {
        case Fault::RateLimit:
            bedrockError(socket, 429, "ThrottlingException",
                         QStringLiteral("Too many requests, please wait before trying again."),
                         requestId);
            return true;
        case Fault::ServerError:
            bedrockError(socket, 500, "InternalServerException",
                         QStringLiteral("The server encountered an internal error."), requestId);
            return true;
        case Fault::Overloaded:
            bedrockError(socket, 503, "ServiceUnavailableException",
                         QStringLiteral("The service is temporarily unable to handle the request."),
                         requestId);
            return true;
        case Fault::AuthError:
            bedrockError(
                socket, 403, "AccessDeniedException",
                QStringLiteral("You don't have access to the model with the specified model ID."),
                requestId);
            return true;
        case Fault::HtmlPage:
            ResponseWriter::writeWhole(
                socket, 502, {{"Content-Type", "text/html"}},
                "<html><body><h1>502 Bad Gateway</h1>Proxy error</body></html>");
            return true;
        default:
            break;
        }
        answer.model = QUrl::fromPercentEncoding(record.model.toUtf8());
        bedrockAnswer(socket, answer, step, record.streamed);
        return true;
    }
    const bool anthropic = path == QStringLiteral("/v1/messages");
    const bool openAi = path.endsWith(QStringLiteral("/chat/completions")) && !azure.hasMatch();
    if (!anthropic && !openAi && !azure.hasMatch()) {
        missingHandler(request, socket);
        return true;
    }
    record.protocol = anthropic ? QStringLiteral("anthropic")
                      : azure.hasMatch() || path.startsWith(QStringLiteral("/openai/"))
                          ? QStringLiteral("azure-openai")
                          : QStringLiteral("openai");
    record.streamed = body.value(QStringLiteral("stream")).toBool();
    record.model =
        azure.hasMatch() ? azure.captured(1) : body.value(QStringLiteral("model")).toString();
    answer.model = record.model;
    if (anthropic) {
        record.authOk = headerOf(request, "x-api-key") == m_scenario.apiKey;
    } else if (record.protocol == QStringLiteral("azure-openai")) {
        record.authOk = headerOf(request, "api-key") == m_scenario.apiKey ||
                        headerOf(request, "authorization") == "Bearer " + m_scenario.apiKey;
    } else {
        record.authOk = headerOf(request, "authorization") == "Bearer " + m_scenario.apiKey;
    }
    const Step step = nextStep();
    if (!step.text.isEmpty()) {
        answer.chunks = chunksOf(step.text);
    }
    record.fault = faultName(step.fault);
    this->record(record);
    if (anthropic) {
        if (!record.authOk || step.fault == Fault::AuthError) {
            anthropicError(socket, 401, QStringLiteral("authentication_error"),
                           QStringLiteral("invalid x-api-key"), requestId);
            return true;
        }
        if (headerOf(request, "anthropic-version").isEmpty()) {
            anthropicError(socket, 400, QStringLiteral("invalid_request_error"),
                           QStringLiteral("anthropic-version: header is required"), requestId);
            return true;
        }
        if (!body.contains(QStringLiteral("max_tokens"))) {
            anthropicError(socket, 400, QStringLiteral("invalid_request_error"),
                           QStringLiteral("max_tokens: Field required"), requestId);
            return true;
        }
        switch (step.fault) {
        case Fault::RateLimit:
            anthropicError(
                socket, 429, QStringLiteral("rate_limit_error"),
                QStringLiteral("Number of request tokens has exceeded your per-minute rate limit"),
                requestId, step.retryAfterSeconds);
            return true;
        case Fault::ServerError:
            anthropicError(socket, 500, QStringLiteral("api_error"),
                           QStringLiteral("Internal server error"), requestId);
            return true;
        case Fault::Overloaded:
            anthropicError(socket, 529, QStringLiteral("overloaded_error"),
                           QStringLiteral("Overloaded"), requestId);
            return true;
        case Fault::HtmlPage:
            ResponseWriter::writeWhole(
                socket, 502, {{"Content-Type", "text/html"}},
                "<html><body><h1>502 Bad Gateway</h1>Proxy error</body></html>");
            return true;
        default:
            break;
        }
        anthropicAnswer(socket, answer, step, record.streamed);
        return true;
    }
    if (!record.authOk || step.fault == Fault::AuthError) {
        openAiError(socket, 401, QStringLiteral("invalid_request_error"),
                    QStringLiteral("invalid_api_key"),
                    QStringLiteral("Incorrect API key provided."), requestId);
        return true;
    }
    switch (step.fault) {
    case Fault::RateLimit:
        openAiError(socket, 429, QStringLiteral("requests"), QStringLiteral("rate_limit_exceeded"),
                    QStringLiteral("Rate limit reached for requests."), requestId,
                    step.retryAfterSeconds);
        return true;
    case Fault::ServerError:
        openAiError(socket, 500, QStringLiteral("server_error"), QString(),
                    QStringLiteral("The server had an error while processing your request."),
                    requestId);
        return true;
    case Fault::Overloaded:
        openAiError(socket, 503, QStringLiteral("server_error"), QString(),
                    QStringLiteral("The engine is currently overloaded, please try again later."),
                    requestId);
        return true;
    case Fault::HtmlPage:
        ResponseWriter::writeWhole(socket, 502, {{"Content-Type", "text/html"}},
                                   "<html><body><h1>502 Bad Gateway</h1>Proxy error</body></html>");
        return true;
    default:
        break;
    }
    const bool includeUsage = body.value(QStringLiteral("stream_options"))
                                  .toObject()
                                  .value(QStringLiteral("include_usage"))
                                  .toBool();
    openAiAnswer(socket, answer, step, record.streamed,
                 record.protocol == QStringLiteral("azure-openai"), includeUsage);
    return true;
}

void EmulatorServer::record(const RequestRecord &r)
{
    m_records.append(r);
    if (m_logRequests) {
        std::fprintf(stderr, "request %s auth=%s fault=%s via=%s\n", qPrintable(r.protocol),
                     r.authOk ? "ok" : "rejected", qPrintable(r.fault),
                     r.proxyVia.isEmpty() ? "-" : r.proxyVia.constData());
        std::fflush(stderr);
    }
}

void EmulatorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    ResponseWriter::writeWhole(
        socket, 404, {{"Content-Type", "application/json"}},
        R"({"error":{"message":"Unknown path","type":"invalid_request_error"}})");
}

} // namespace promptdesk::emulator
