#pragma once

// Policies written by the tests themselves: a small valid policy, signed with a key made on
// the spot, in a folder laid out like /etc/promptdesk. Shared by the unit, integration, GUI
// and benchmark targets of the policy work.
// moc cannot read raw string literals: it never needs to see this file.
#ifndef Q_MOC_RUN
#include "policy/policy_loader.h"
#include "policy/policy_signing.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace promptdesk {
namespace testing {

inline QJsonObject
basicPolicy(const QDateTime &issued = QDateTime::currentDateTimeUtc().addDays(-1),
            const QDateTime &expires = QDateTime::currentDateTimeUtc().addDays(90))
{
    const QByteArray json = R"({
      "schema": 1,
      "version": "test-1",
      "organisation": "Example Ltd",
      "providers": [
        { "id": "bedrock-eu", "region": "eu-central-1",
          "endpoint": "bedrock-runtime.eu-central-1.amazonaws.com", "dpaReference": "DPA-1",
          "zeroRetention": true,
          "models": [ { "id": "claude-eu", "inputPricePerMTok": 3, "outputPricePerMTok": 15 } ] },
        { "id": "bedrock-us", "region": "us-east-1",
          "endpoint": "bedrock-runtime.us-east-1.amazonaws.com",
          "models": [ { "id": "claude-us", "inputPricePerMTok": 3, "outputPricePerMTok": 15 } ] },
        { "id": "openai", "endpoint": "api.openai.com",
          "models": [ { "id": "gpt-test", "inputPricePerMTok": 1, "outputPricePerMTok": 2 } ] }
      ],
      "dataClasses": {
        "default": "Internal",
        "providers": { "Public": ["*"], "Internal": ["bedrock-eu", "bedrock-us"],
                       "Confidential": ["bedrock-eu"], "Restricted": ["offline"] },
        "raiseWhenFound": { "CREDIT_CARD": "Restricted", "IBAN": "Confidential" }
      },
      "routing": [ { "name": "eu-staff", "timeZones": ["Europe/*"], "regions": ["eu-*"] } ],
      "budgets": { "monthlyUsdPerUser": 10, "users": { "lead": 100 },
                   "warnAtPercent": 80, "blockAtPercent": 100 }
    })";
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.insert(QStringLiteral("issued"), issued.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("expires"), expires.toUTC().toString(Qt::ISODate));
    return o;
}

inline QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(bytes);
    }
}

// A folder like /etc/promptdesk: policy.json, policy.json.sig, trusted-keys/admin.pub.
struct PolicyDir {
    QString path;
    policysig::KeyPair keys = policysig::generate();

    explicit PolicyDir(const QString &dir)
        : path(dir)
    {
        QDir().mkpath(QDir(path).filePath(PolicyLoader::keysFolderName()));
        writeBytes(QDir(path).filePath(QStringLiteral("trusted-keys/admin.pub")),
                   policysig::publicKeyText(keys.publicKey));
    }
    QString policyPath() const { return QDir(path).filePath(PolicyLoader::policyFileName()); }
    QString signaturePath() const { return QDir(path).filePath(PolicyLoader::signatureFileName()); }

    void writeSigned(const QByteArray &policy) const
    {
        writeBytes(policyPath(), policy);
        writeBytes(signaturePath(),
                   policysig::signatureText(policysig::sign(keys.secretKey, policy)));
    }
    void writeUnsigned(const QByteArray &policy) const
    {
        writeBytes(policyPath(), policy);
        QFile::remove(signaturePath());
    }
    PolicyLoadOutcome load(const QDateTime &now = QDateTime::currentDateTimeUtc(),
                           bool dev = false) const
    {
        PolicyLoadOptions options;
        options.directory = path;
        options.nowUtc = now;
        options.developmentMode = dev;
        return PolicyLoader::load(options);
    }
};

} // namespace testing
} // namespace promptdesk
#endif // Q_MOC_RUN
