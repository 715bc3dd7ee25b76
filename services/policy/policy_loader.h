#pragma once

#include "core/result.h"
#include "policy/policy.h"
#include "policy/policy_gate.h"

#include <QDateTime>
#include <memory>

namespace promptdesk {

// Where and how to look for the machine-wide policy.
struct PolicyLoadOptions {
    QString directory;            // holds policy.json, policy.json.sig, trusted-keys/*.pub
    QDateTime nowUtc;             // the clock (a seam for tests)
    bool developmentMode = false; // accept an unsigned policy (loudly); never the default
    // The folder is the user's own (PROMPTDESK_POLICY_DIR), not the machine-wide one. Its
    // trusted-keys/ are then the user's own too: a policy they alone verify loads as a
    // development policy (banner, "dev:" version in the audit), never as the company's. Only
    // the machine-wide keys and the compiled-in ones make it a signed policy.
    bool userDirectory = false;
    QStringList notes; // why an override was ignored, etc.

    // The platform's machine-wide folder: /etc/promptdesk, %ProgramData%\Promptdesk,
    // /Library/Application Support/Promptdesk.
    static QString machineDirectory();
    // The machine-wide folder, unless it holds no policy.json and PROMPTDESK_POLICY_DIR names
    // another one; development mode from PROMPTDESK_POLICY_DEVELOPMENT=1 under the same
    // condition. An administrator's deployed policy therefore always wins over both.
    static PolicyLoadOptions fromEnvironment();
};

struct PolicyLoadOutcome {
    // The policy in force: the administrator's, or the built-in default. Never null.
    std::shared_ptr<const Policy> policy;
    PolicyStatus status;
    QString directory;
    QString keyFingerprint; // of the key that signed it; empty for built-in/development
};

class PolicyLoader final {
public:
    // Never fails: every problem (missing, unsigned, wrongly signed, malformed, expired,
    // future-dated) falls back to the built-in default with the reason in status.
    static PolicyLoadOutcome load(const PolicyLoadOptions &options);

    // The built-in default (resources/policy/builtin.json): the offline engine only.
    static std::shared_ptr<const Policy> builtinPolicy();

    // Clock checks shared with `policy verify`: Blocked with a reason when `policy` is
    // future-dated or expired (beyond its grace period) at `nowUtc`.
    static Result<void> checkDates(const Policy &policy, const QDateTime &nowUtc,
                                   PolicyStatus *status, QString *code);

    static QString policyFileName() { return QStringLiteral("policy.json"); }
    static QString signatureFileName() { return QStringLiteral("policy.json.sig"); }
    static QString keysFolderName() { return QStringLiteral("trusted-keys"); }
};

} // namespace promptdesk
