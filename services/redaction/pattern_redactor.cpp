#include "redaction/pattern_redactor.h"

#include "core/logging.h"
#include "redaction/card_number_detector.h"
#include "redaction/configured_detectors.h"
#include "redaction/email_detector.h"
#include "redaction/person_name_detector.h"
#include "redaction/phone_detector.h"
#include "redaction/place_detectors.h"
#include "redaction/structured_detectors.h"
#include "redaction/table_detector.h"

#include <QStringList>

#include <algorithm>
#include <map>

namespace promptdesk {

PatternRedactor::PatternRedactor(std::vector<std::unique_ptr<Detector>> detectors,
                                 RedactionConfig config)
    : m_detectors(std::move(detectors))
    , m_config(std::move(config))
{
    for (const QString &allowed : std::as_const(m_config.allowList)) {
        m_allowFolded.append(allowed.simplified().toCaseFolded());
    }
    QStringList parts;
    for (const auto &detector : m_detectors) {
        parts.append(detector->name() + QLatin1Char('/') + QString::number(detector->version()));
    }
    parts.sort();
    m_version = parts.join(QLatin1Char(','));
}

std::unique_ptr<PatternRedactor> PatternRedactor::withDefaultDetectors()
{
    return withConfig(RedactionConfig{});
}

std::unique_ptr<PatternRedactor> PatternRedactor::withConfig(const RedactionConfig &config)
{
    std::vector<std::unique_ptr<Detector>> detectors;
    detectors.push_back(std::make_unique<EmailDetector>());
    detectors.push_back(std::make_unique<PhoneDetector>());
    detectors.push_back(std::make_unique<CardNumberDetector>());
    detectors.push_back(std::make_unique<IbanDetector>());
    detectors.push_back(std::make_unique<UsSsnDetector>());
    detectors.push_back(std::make_unique<UkNinoDetector>());
    detectors.push_back(std::make_unique<NationalIdDetector>());
    detectors.push_back(std::make_unique<IpAddressDetector>());
    detectors.push_back(std::make_unique<PassportDetector>());
    detectors.push_back(std::make_unique<UsDriverLicenseDetector>());
    detectors.push_back(std::make_unique<VehiclePlateDetector>());
    detectors.push_back(std::make_unique<DateOfBirthDetector>());
    detectors.push_back(std::make_unique<AddressDetector>());
    detectors.push_back(std::make_unique<LocationDetector>());
    detectors.push_back(std::make_unique<TableColumnDetector>());
    detectors.push_back(std::make_unique<PersonNameDetector>());
    detectors.push_back(std::make_unique<ConfiguredIdDetector>(
        QStringLiteral("employee-id"), QStringLiteral("EMPLOYEE_ID"), config.employeeIdPatterns));
    detectors.push_back(std::make_unique<ConfiguredIdDetector>(
        QStringLiteral("customer-id"), QStringLiteral("CUSTOMER_ID"), config.customerIdPatterns));
    if (!config.customTerms.isEmpty()) {
        detectors.push_back(std::make_unique<CustomTermDetector>(config.customTerms));
    }
    return std::make_unique<PatternRedactor>(std::move(detectors), config);
}

bool PatternRedactor::isAllowed(QStringView value) const
{
    if (m_allowFolded.isEmpty()) {
        return false;
    }
    return m_allowFolded.contains(value.toString().simplified().toCaseFolded());
}

QList<PiiSpan> PatternRedactor::resolveOverlaps(QList<PiiSpan> spans)
{
    std::stable_sort(spans.begin(), spans.end(), [](const PiiSpan &a, const PiiSpan &b) {
        if (a.length() != b.length()) {
            return a.length() > b.length();
        }
        return a.start < b.start;
    });
    // Accepted spans by start; they never overlap each other, so only the neighbours of a
    // new span can overlap it.
    std::map<qsizetype, PiiSpan> accepted;
    for (const PiiSpan &span : spans) {
        if (span.length() <= 0) {
            continue;
        }
        auto next = accepted.lower_bound(span.start);
        if (next != accepted.end() && next->second.overlaps(span)) {
            continue;
        }
        if (next != accepted.begin() && std::prev(next)->second.overlaps(span)) {
            continue;
        }
        accepted.emplace(span.start, span);
    }
    QList<PiiSpan> result;
    result.reserve(static_cast<qsizetype>(accepted.size()));
    for (const auto &entry : accepted) {
        result.append(entry.second);
    }
    return result;
}

QList<PiiSpan> PatternRedactor::detect(QStringView text) const
{
    // Long texts are read in blocks of about kBlock characters cut at a line break (or a
    // space), so the detectors' working memory stays bounded whatever the input's size.
    constexpr qsizetype kBlock = 1 << 18;
    if (text.size() > kBlock + kBlock / 2) {
        QList<PiiSpan> spans;
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype end = qMin(text.size(), start + kBlock);
            if (end < text.size()) {
                const QStringView block = text.sliced(start, end - start);
                qsizetype cut = block.lastIndexOf(QLatin1Char('\n'));
                if (cut < kBlock / 2) {
                    cut = block.lastIndexOf(QLatin1Char(' '));
                }
                if (cut >= kBlock / 2) {
                    end = start + cut + 1;
                }
            }
            const QList<PiiSpan> found = detectBlock(text.sliced(start, end - start));
            for (PiiSpan span : found) {
                span.start += start;
                span.end += start;
                spans.append(span);
            }
            start = end;
        }
        return spans;
    }
    return detectBlock(text);
}

QList<PiiSpan> PatternRedactor::detectBlock(QStringView text) const
{
    QList<PiiSpan> all;
    BlockScratch block(text);
    for (const auto &detector : m_detectors) {
        all.append(detector->detectInBlock(block));
    }
    if (!m_allowFolded.isEmpty()) {
        all.removeIf(
            [&](const PiiSpan &span) { return isAllowed(text.sliced(span.start, span.length())); });
    }
    return resolveOverlaps(std::move(all));
}

RedactedText PatternRedactor::redact(const QString &text) const
{
    RedactedText result;
    result.spans = detect(text);
    result.detectorVersion = m_version;
    result.text.reserve(text.size());
    qsizetype copied = 0;
    for (const PiiSpan &span : std::as_const(result.spans)) {
        result.text += QStringView(text).sliced(copied, span.start - copied);
        result.text +=
            result.vault.placeholderFor(span.type, text.sliced(span.start, span.length()));
        copied = span.end;
    }
    result.text += QStringView(text).sliced(copied);
    qCDebug(lcRedaction) << "redacted" << result.spans.size() << "spans," << result.vault.size()
                         << "distinct values";
    return result;
}

} // namespace promptdesk
