// promptdesk-cli provider-key set|delete ID [--what NAME]: stores or removes a provider secret
// in the OS keychain. The secret is read from standard input, never from the command line
// (which other users and shell histories can see), and is never printed.
#include "cli_commands.h"
#include "cli_io.h"
#include "providers/remote/network_settings.h"
#include "secrets/keychain_secret_store.h"

namespace promptdesk::cli {

namespace {

const QStringList kWhat = {QStringLiteral("api-key"), QStringLiteral("access-key-id"),
                           QStringLiteral("secret-access-key"), QStringLiteral("session-token")};

} // namespace

int providerKeyCommand(const QStringList &args)
{
    if (args.size() < 2 ||
        (args[0] != QStringLiteral("set") && args[0] != QStringLiteral("delete"))) {
        return usageError(QStringLiteral(
            "usage: provider-key set|delete ID [--what api-key|access-key-id|"
            "secret-access-key|session-token] (the secret comes on standard input)"));
    }
    const QString action = args[0];
    const QString id = args[1];
    QString what = QStringLiteral("api-key");
    if (args.size() == 4 && args[2] == QStringLiteral("--what") && kWhat.contains(args[3])) {
        what = args[3];
    } else if (args.size() != 2) {
        return usageError(QStringLiteral("provider-key: unknown option; --what takes one of ") +
                          kWhat.join(QStringLiteral(", ")));
    }
    // "proxy" is the explicit proxy's password rather than a provider's key.
    const QString key = id == QStringLiteral("proxy")
                            ? ProviderNetworkSettings::proxyPasswordKey()
                            : QStringLiteral("provider/") + id + QLatin1Char('/') + what;
    KeychainSecretStore store;
    if (action == QStringLiteral("delete")) {
        if (Result<void> removed = store.remove(key); !removed) {
            return fail(removed.error());
        }
        writeOut(QStringLiteral("Removed the %1 of %2 from the keychain.\n").arg(what, id));
        return ExitOk;
    }
    Result<QByteArray> input = readStandardInput(64 * 1024);
    if (!input) {
        return fail(input.error());
    }
    QByteArray secret = input.value().trimmed();
    if (secret.isEmpty()) {
        return usageError(QStringLiteral("provider-key set: no secret on standard input"));
    }
    const Result<void> written = store.write(key, secret);
    secret.fill('\0'); // wipe our copy
    if (!written) {
        return fail(written.error());
    }
    writeOut(QStringLiteral("Stored the %1 of %2 in the keychain.\n").arg(what, id));
    return ExitOk;
}

} // namespace promptdesk::cli
