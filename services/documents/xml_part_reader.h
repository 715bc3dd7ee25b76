#pragma once

#include "documents/extraction_context.h"

#include <QXmlStreamReader>

#include <optional>

namespace promptdesk {

// QXmlStreamReader over one part of an office package, hardened for hostile input: any
// document type declaration is refused (office formats never carry one, and it is where
// "billion laughs" entity bombs live), so no entity is ever expanded; malformed XML and the
// time limit end the read with an error. Extractors loop `while (reader.next())` and check
// `error()` afterwards.
class XmlPartReader final {
public:
    XmlPartReader(const QByteArray &xml, const QString &sourceName, ExtractionContext &context);

    bool next();
    // Skips the rest of the current start element, children included.
    void skipElement();
    const std::optional<Error> &error() const { return m_error; }

    bool isStart() const { return m_xml.isStartElement(); }
    bool isEnd() const { return m_xml.isEndElement(); }
    bool isText() const { return m_xml.isCharacters(); }
    QStringView name() const { return m_xml.name(); }
    QStringView text() const { return m_xml.text(); }
    QString attribute(QLatin1StringView qualifiedName) const;
    QXmlStreamReader &xml() { return m_xml; }

private:
    QXmlStreamReader m_xml;
    QString m_sourceName;
    ExtractionContext &m_context;
    std::optional<Error> m_error;
    int m_tokens = 0;
};

} // namespace promptdesk
