#include "documents/extraction_context.h"

#include <QLocale>

#include <cmath>

namespace promptdesk {

ExtractionContext::ExtractionContext(const DocumentLimits &limitsIn, const ReadOptions &optionsIn)
    : limits(limitsIn)
    , options(optionsIn)
    , m_deadline(qint64(limitsIn.maxSecondsPerDocument) * 1000)
{
}

std::optional<Error> ExtractionContext::interrupted() const
{
    if (options.isCancelled && options.isCancelled()) {
        return Error{ErrorKind::Cancelled, QStringLiteral("Reading was cancelled.")};
    }
    if (m_deadline.hasExpired()) {
        return Error{ErrorKind::TooLarge,
                     QStringLiteral("Reading took longer than the limit of %1 seconds.")
                         .arg(limits.maxSecondsPerDocument)};
    }
    return std::nullopt;
}

void ExtractionContext::reportProgress(int done, int total) const
{
    if (options.progress && depth == 0) {
        options.progress(done, total);
    }
}

QString quotedName(const QString &name)
{
    return QStringLiteral("\u201C") + name + QStringLiteral("\u201D");
}

// "200 MB", "1.5 KB": sizes in messages. Rounded up so a file just over the limit never reads
// as equal to it ("64.1 MB; the limit is 64 MB").
QString humanSize(qint64 bytes)
{
    const QLocale locale = QLocale::c();
    if (bytes < 1024) {
        return QStringLiteral("%1 bytes").arg(bytes);
    }
    const bool megabytes = bytes >= 1024 * 1024;
    const double unit = megabytes ? 1024.0 * 1024.0 : 1024.0;
    const double tenths = std::ceil(static_cast<double>(bytes) * 10.0 / unit) / 10.0;
    const bool whole = std::fmod(tenths, 1.0) == 0.0;
    return locale.toString(tenths, 'f', whole ? 0 : 1) +
           (megabytes ? QStringLiteral(" MB") : QStringLiteral(" KB"));
}

Error corruptError(const QString &name, const QString &what)
{
    return Error{ErrorKind::Corrupt, QStringLiteral("%1 %2").arg(quotedName(name), what)};
}

Error encryptedError(const QString &name)
{
    return Error{ErrorKind::Encrypted,
                 QStringLiteral("%1 is protected with a password. Remove the password (or enter "
                                "it) and try again.")
                     .arg(quotedName(name))};
}

Error tooLargeError(const QString &message)
{
    return Error{ErrorKind::TooLarge, message};
}

std::optional<Error> textLimitError(qsizetype characters, const QString &name,
                                    const ExtractionContext &context)
{
    if (characters <= context.limits.maxTextChars) {
        return std::nullopt;
    }
    return tooLargeError(QStringLiteral("%1 holds more text than the limit of %2 characters.")
                             .arg(quotedName(name))
                             .arg(context.limits.maxTextChars));
}

} // namespace promptdesk
