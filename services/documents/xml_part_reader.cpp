#include "documents/xml_part_reader.h"

namespace promptdesk {

XmlPartReader::XmlPartReader(const QByteArray &xml, const QString &sourceName,
                             ExtractionContext &context)
    : m_xml(xml)
    , m_sourceName(sourceName)
    , m_context(context)
{
    // Belt and braces: even if a DTD slipped through, no entity may expand to much.
    m_xml.setEntityExpansionLimit(1024);
}

bool XmlPartReader::next()
{
    if (m_error) {
        return false;
    }
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
        m_error = corruptError(m_sourceName,
                               QStringLiteral("contains an XML document type declaration, which "
                                              "office files never have; it may be hostile, so it "
                                              "was not opened."));
        return false;
    }
    if (token == QXmlStreamReader::Invalid) {
        if (m_xml.error() != QXmlStreamReader::NoError) {
            m_error =
                corruptError(m_sourceName, QStringLiteral("is damaged: one of its XML parts is not "
                                                          "well-formed."));
        }
        return false;
    }
    if (token == QXmlStreamReader::EndDocument) {
        return false;
    }
    if (++m_tokens % 4096 == 0) {
        if (auto stop = m_context.interrupted()) {
            m_error = std::move(stop);
            return false;
        }
    }
    return true;
}

void XmlPartReader::skipElement()
{
    int depth = 1;
    while (depth > 0 && next()) {
        if (m_xml.isStartElement()) {
            ++depth;
        } else if (m_xml.isEndElement()) {
            --depth;
        }
    }
}

QString XmlPartReader::attribute(QLatin1StringView qualifiedName) const
{
    return m_xml.attributes().value(qualifiedName).toString();
}

} // namespace promptdesk
