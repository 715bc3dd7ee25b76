#pragma once

#include "audit/audit_event.h"

#include <QString>

namespace promptdesk {

// One field of a stored audit event. Every format walks kAuditFields, so a field is added in
// one place: the SQLite columns, bind and reader, CSV, JSON (evidence files, OCSF "unmapped",
// syslog structured data) and the canonical bytes the chain hashes, in that order. The order
// is the canonical one: changing it breaks every existing log's hashes.
struct AuditField {
    enum class Kind {
        Text,
        Integer,    // -1 (or 0 for seq/template_version) when absent
        MicroUsd,   // an integer in millionths of a US dollar; CSV shows dollars
        TypeCounts, // {"EMAIL": 2}: JSON text in SQLite, CSV and the chain, an object in JSON
        Time,       // UTC, ISO 8601 with milliseconds
    };
    const char *column;  // SQLite column
    const char *key;     // JSON and syslog key
    const char *csvName; // CSV column
    Kind kind;
    qint64 absent; // an integer field's value when a record lacks it

    // Text, TypeCounts and Time fields as text; Integer and MicroUsd as numbers.
    QString (*text)(const StoredAuditEvent &);
    void (*setText)(StoredAuditEvent &, const QString &);
    qint64 (*integer)(const StoredAuditEvent &);
    void (*setInteger)(StoredAuditEvent &, qint64);
    // TypeCounts fields also as the map itself, for JSON (no round trip through their text).
    const QMap<QString, int> &(*counts)(const StoredAuditEvent &);
    void (*setCounts)(StoredAuditEvent &, const QMap<QString, int> &);

    constexpr bool isInteger() const { return kind == Kind::Integer || kind == Kind::MicroUsd; }
};

QString auditTimeText(const QDateTime &timeUtc);
QDateTime auditTimeFromText(const QString &text);
QString auditCountsText(const QMap<QString, int> &counts);
QMap<QString, int> auditCountsFromText(const QString &text);

// Captureless lambdas, so the table stays a constant the verifier can size arrays by.
#define PROMPTDESK_AUDIT_TEXT(column, key, member)                                                 \
    AuditField                                                                                     \
    {                                                                                              \
        column, key, key, AuditField::Kind::Text, 0,                                               \
            [](const StoredAuditEvent &s) { return s.event.member; },                              \
            [](StoredAuditEvent &s, const QString &v) { s.event.member = v; }, nullptr, nullptr,   \
            nullptr, nullptr                                                                       \
    }
#define PROMPTDESK_AUDIT_INTEGER(column, key, kind, absent, member)                                \
    AuditField                                                                                     \
    {                                                                                              \
        column, key, key, kind, absent, nullptr, nullptr,                                          \
            [](const StoredAuditEvent &s) { return qint64(s.event.member); },                      \
            [](StoredAuditEvent &s, qint64 v) { s.event.member = decltype(s.event.member)(v); },   \
            nullptr, nullptr                                                                       \
    }

inline constexpr AuditField kAuditFields[] = {
    AuditField{"seq", "seq", "seq", AuditField::Kind::Integer, 0, nullptr, nullptr,
               [](const StoredAuditEvent &s) { return s.sequence; },
               [](StoredAuditEvent &s, qint64 v) { s.sequence = v; }, nullptr, nullptr},
    AuditField{"event_id", "event_id", "event_id", AuditField::Kind::Text, 0,
               [](const StoredAuditEvent &s) { return s.eventId; },
               [](StoredAuditEvent &s, const QString &v) { s.eventId = v; }, nullptr, nullptr,
               nullptr, nullptr},
    AuditField{"time_utc", "time_utc", "time_utc", AuditField::Kind::Time, 0,
               [](const StoredAuditEvent &s) { return auditTimeText(s.timeUtc); },
               [](StoredAuditEvent &s, const QString &v) { s.timeUtc = auditTimeFromText(v); },
               nullptr, nullptr, nullptr, nullptr},
    PROMPTDESK_AUDIT_TEXT("action", "action", action),
    PROMPTDESK_AUDIT_TEXT("job_id", "job_id", jobId),
    PROMPTDESK_AUDIT_TEXT("user_name", "user", user),
    PROMPTDESK_AUDIT_TEXT("device", "device", device),
    PROMPTDESK_AUDIT_TEXT("app_version", "app_version", appVersion),
    PROMPTDESK_AUDIT_TEXT("provider", "provider", providerId),
    PROMPTDESK_AUDIT_TEXT("endpoint_host", "endpoint_host", endpointHost),
    PROMPTDESK_AUDIT_TEXT("region", "region", region),
    PROMPTDESK_AUDIT_TEXT("model_requested", "model_requested", modelRequested),
    PROMPTDESK_AUDIT_TEXT("model_returned", "model_returned", modelReturned),
    PROMPTDESK_AUDIT_TEXT("policy_version", "policy_version", policyVersion),
    PROMPTDESK_AUDIT_TEXT("policy_rule", "policy_rule", policyRule),
    PROMPTDESK_AUDIT_TEXT("template_id", "template_id", templateId),
    PROMPTDESK_AUDIT_INTEGER("template_version", "template_version", AuditField::Kind::Integer, 0,
                             templateVersion),
    AuditField{"redaction_counts", "redaction_counts", "redaction_counts",
               AuditField::Kind::TypeCounts, 0,
               [](const StoredAuditEvent &s) { return auditCountsText(s.event.redactionCounts); },
               [](StoredAuditEvent &s, const QString &v) {
                   s.event.redactionCounts = auditCountsFromText(v);
               },
               nullptr, nullptr,
               [](const StoredAuditEvent &s) -> const QMap<QString, int> & {
                   return s.event.redactionCounts;
               },
               [](StoredAuditEvent &s, const QMap<QString, int> &v) {
                   s.event.redactionCounts = v;
               }},
    PROMPTDESK_AUDIT_TEXT("detector_version", "detector_version", detectorVersion),
    PROMPTDESK_AUDIT_INTEGER("tokens_in", "tokens_in", AuditField::Kind::Integer, -1, tokensIn),
    PROMPTDESK_AUDIT_INTEGER("tokens_out", "tokens_out", AuditField::Kind::Integer, -1, tokensOut),
    PROMPTDESK_AUDIT_INTEGER("first_token_ms", "first_token_ms", AuditField::Kind::Integer, -1,
                             firstTokenMs),
    PROMPTDESK_AUDIT_INTEGER("total_ms", "total_ms", AuditField::Kind::Integer, -1, totalMs),
    AuditField{"cost_micro_usd", "cost_micro_usd", "cost_usd", AuditField::Kind::MicroUsd, -1,
               nullptr, nullptr, [](const StoredAuditEvent &s) { return s.event.costMicroUsd; },
               [](StoredAuditEvent &s, qint64 v) { s.event.costMicroUsd = v; }, nullptr, nullptr},
    PROMPTDESK_AUDIT_TEXT("status", "status", status),
    PROMPTDESK_AUDIT_TEXT("provider_request_id", "provider_request_id", providerRequestId),
    PROMPTDESK_AUDIT_TEXT("prompt_fingerprint", "prompt_fingerprint", promptFingerprint),
    PROMPTDESK_AUDIT_TEXT("operation", "operation", operation),
    PROMPTDESK_AUDIT_TEXT("data_class", "data_class", dataClass),
    PROMPTDESK_AUDIT_TEXT("price_table_version", "price_table_version", priceTableVersion),
};
inline constexpr int kAuditFieldCount = int(std::size(kAuditFields));

#undef PROMPTDESK_AUDIT_TEXT
#undef PROMPTDESK_AUDIT_INTEGER

} // namespace promptdesk
