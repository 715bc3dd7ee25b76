#include "audit/sqlite_audit_verify.h"

#include "audit/audit_fields.h"
#include "core/sqlite_connection.h"

#include <QSqlDriver>
#include <QtConcurrent>

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <vector>

namespace promptdesk {

namespace {

// canonicalAuditBytes() covers the table's fields in its order; integers are encoded as
// integers, the rest as their stored UTF-8 text.
constexpr int kCanonicalColumnCount = kAuditFieldCount;

// A slice of a batch's bytes.
struct Span {
    qsizetype offset = 0;
    qsizetype size = 0;
};

// One row as read for verification.
struct VerifyRow {
    qint64 sequence = 0;
    Span canonical;
    Span previousHash;
    Span hash;
    Span mac;
};

// Rows handed to the hashing thread together; their bytes back to back in one buffer, so a
// row costs no allocation of its own.
struct VerifyBatch {
    QByteArray bytes;
    std::vector<VerifyRow> rows;
    QByteArray macBefore; // the MAC stored with the event before the first row

    QByteArrayView view(Span span) const
    {
        return QByteArrayView(bytes.constData() + span.offset, span.size);
    }
    Span appendBlob(sqlite3_value *value)
    {
        const void *data = sqlite3_value_blob(value);
        const Span span{bytes.size(), sqlite3_value_bytes(value)};
        if (span.size > 0) {
            bytes.append(static_cast<const char *>(data), span.size);
        }
        return span;
    }
    // canonicalAuditBytes() of a row, from its stored columns in kAuditFields' order: the
    // texts as stored (UTF-8). The columns hold exactly the texts append() wrote, so an
    // unaltered row gives the same bytes; any altered value others. Integers are read as
    // 64 bits (template_version too, which the writer keeps in an int), so a value changed
    // above 32 bits cannot hide.
    Span appendCanonical(sqlite3_value **columns)
    {
        std::array<QByteArrayView, kCanonicalColumnCount> texts;
        std::array<qint64, kCanonicalColumnCount> numbers{};
        qsizetype size = qsizetype(std::size(kCanonicalAuditMagic));
        for (int i = 0; i < kCanonicalColumnCount; ++i) {
            if (kAuditFields[i].isInteger()) {
                numbers[i] = sqlite3_value_int64(columns[i]);
            } else {
                // Text before bytes, the order SQLite asks for (a conversion may move the text).
                const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(columns[i]));
                texts[i] = QByteArrayView(text, sqlite3_value_bytes(columns[i]));
                size += texts[i].size();
            }
            size += kCanonicalIntBytes;
        }
        const Span span{bytes.size(), size};
        bytes.resize(span.offset + span.size);
        char *out = bytes.data() + span.offset;
        std::memcpy(out, kCanonicalAuditMagic, std::size(kCanonicalAuditMagic));
        out += std::size(kCanonicalAuditMagic);
        for (int i = 0; i < kCanonicalColumnCount; ++i) {
            if (kAuditFields[i].isInteger()) {
                out = writeCanonicalInt(out, numbers[i]);
                continue;
            }
            out = writeCanonicalInt(out, texts[i].size());
            if (!texts[i].isEmpty()) {
                std::memcpy(out, texts[i].data(), static_cast<std::size_t>(texts[i].size()));
                out += texts[i].size();
            }
        }
        return span;
    }
    // The MAC the chain MAC of row i covers: the one stored with the row before it.
    QByteArrayView previousMac(std::size_t i) const
    {
        return i == 0 ? QByteArrayView(macBefore) : view(rows[i - 1].mac);
    }
    // Empties the batch for the rows after `before`, keeping the buffers (no allocation and
    // no fresh pages per batch).
    void restartAfter(const VerifyBatch &before)
    {
        macBefore = before.rows.empty() ? before.macBefore
                                        : before.view(before.rows.back().mac).toByteArray();
        bytes.resize(0);
        rows.clear();
    }
};

// SQL function that appends its row to the batch being read. Arguments: where the reader
// keeps its VerifyBatch * (bound with sqlite3_bind_pointer(), so the batches can take turns
// under one running statement), then the canonical columns, prev_hash, hash and mac.
// Reading the columns with sqlite3_column_*() locked the connection's mutex twice per column
// (66 times per row) and cost more than the hashing; a function reads its arguments without
// it, inside sqlite3_step(). Usable only from verify: SQL without the bound pointer (or in a
// trigger or view, SQLITE_DIRECTONLY) gets an error.
constexpr char kReadRowFunction[] = "promptdesk_audit_read_row";
constexpr char kBatchPointerType[] = "promptdesk_audit_verify_batch";
constexpr int kReadRowArguments = 1 + kCanonicalColumnCount + 3;

void readRowFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    auto *const *batch =
        argc == kReadRowArguments
            ? static_cast<VerifyBatch *const *>(sqlite3_value_pointer(argv[0], kBatchPointerType))
            : nullptr;
    if (!batch) {
        sqlite3_result_error(context, "promptdesk_audit_read_row is for verify only", -1);
        return;
    }
    VerifyBatch &reading = **batch;
    sqlite3_value **columns = argv + 1;
    VerifyRow row;
    row.sequence = sqlite3_value_int64(columns[0]);
    row.canonical = reading.appendCanonical(columns);
    row.previousHash = reading.appendBlob(columns[kCanonicalColumnCount]);
    row.hash = reading.appendBlob(columns[kCanonicalColumnCount + 1]);
    row.mac = reading.appendBlob(columns[kCanonicalColumnCount + 2]);
    reading.rows.push_back(row);
}

QByteArray verifySelect()
{
    QByteArray sql = QByteArrayLiteral("SELECT ") + kReadRowFunction + "(?1";
    for (const AuditField &field : kAuditFields) {
        sql += ", " + QByteArray(field.column);
    }
    return sql + ", prev_hash, hash, mac) FROM audit_events ORDER BY seq";
}

constexpr std::size_t kBatchRows = 2048;
constexpr qsizetype kBatchBytes = kBatchRows * 640;

// Hashes a batch and feeds it to the verifier, in order, on the thread that just read its
// bytes (they are still in that core's cache; the reader has moved on to the next batch).
void verifyBatch(const VerifyBatch &batch, const QByteArray &macKey, AuditChainVerifier &verifier)
{
    for (std::size_t i = 0; i < batch.rows.size(); ++i) {
        const VerifyRow &row = batch.rows[i];
        const QByteArrayView previousHash = batch.view(row.previousHash);
        const QByteArrayView hash = batch.view(row.hash);
        const QByteArrayView mac = batch.view(row.mac);
        verifier.addDigested(row.sequence, previousHash, hash, mac,
                             AuditChainVerifier::digest(macKey, batch.view(row.canonical),
                                                        previousHash, hash, batch.previousMac(i),
                                                        mac));
    }
}

sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.data())
               : nullptr;
}

} // namespace

// Reading (this thread) and hashing (a pool thread) overlap batch by batch. One batch is
// hashed at a time, in order, so the verifier sees the events in sequence; it belongs to the
// hashing task while one runs.
Result<void> verifySqliteAuditEvents(const QSqlDatabase &database, const QByteArray &macKey,
                                     AuditChainVerifier &verifier)
{
    sqlite3 *connection = sqliteHandle(database);
    if (!connection) {
        return sqlError(QStringLiteral("Cannot read the audit log"),
                        QStringLiteral("the database connection is not SQLite"));
    }
    // Registered on every verify. SQLite refuses to replace a function while a statement runs
    // on the connection, and then an earlier verify registered it already; if it is missing
    // after all, preparing the SELECT says so.
    sqlite3_create_function_v2(connection, kReadRowFunction, kReadRowArguments,
                               SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, readRowFunction, nullptr,
                               nullptr, nullptr);
    const QByteArray sql = verifySelect();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        return sqlError(QStringLiteral("Cannot read the audit log"),
                        QString::fromUtf8(sqlite3_errmsg(connection)));
    }
    // Two batches take turns: one is read while the other is hashed.
    std::array<VerifyBatch, 2> batches;
    for (VerifyBatch &batch : batches) {
        batch.rows.reserve(kBatchRows);
        batch.bytes.reserve(kBatchBytes);
    }
    VerifyBatch *reading = &batches[0];
    VerifyBatch *hashing = &batches[1];
    QFuture<void> hashed;
    const auto launch = [&] {
        hashed.waitForFinished();
        std::swap(reading, hashing);
        reading->restartAfter(*hashing);
        hashed = QtConcurrent::run(
            [batch = hashing, &macKey, &verifier] { verifyBatch(*batch, macKey, verifier); });
    };
    sqlite3_bind_pointer(statement, 1, &reading, kBatchPointerType, nullptr);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        if (reading->rows.size() == kBatchRows) {
            launch();
        }
    }
    sqlite3_finalize(statement);
    launch();
    hashed.waitForFinished();
    if (step != SQLITE_DONE) {
        return sqlError(QStringLiteral("Cannot read the audit log"),
                        QString::fromUtf8(sqlite3_errstr(step)));
    }
    return {};
}

} // namespace promptdesk
