#include "documents/package_relationships.h"

#include "documents/xml_part_reader.h"

namespace promptdesk {

namespace {

// Package entry names never hold "." or ".." segments; a target that climbs above the root
// is simply unresolvable (empty), never a path outside the package.
QString resolveTarget(const QString &folder, const QString &target)
{
    QStringList segments;
    if (!target.startsWith(QLatin1Char('/'))) {
        segments = folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    }
    for (const QString &segment : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (segments.isEmpty()) {
                return {};
            }
            segments.removeLast();
        } else if (segment != u".") {
            segments.append(segment);
        }
    }
    return segments.join(QLatin1Char('/'));
}

} // namespace

Result<QHash<QString, PackageRelationship>> readPackageRelationships(ZipPackage &package,
                                                                     const QString &part,
                                                                     const QString &name,
                                                                     ExtractionContext &context)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : part.left(slash);
    const QString file = part.mid(slash + 1);
    const QString relsPart =
        (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + u"_rels/" + file + u".rels";
    if (!package.contains(relsPart)) {
        return QHash<QString, PackageRelationship>();
    }
    const Result<QByteArray> xml = package.read(relsPart);
    if (!xml) {
        return xml.error();
    }
    return parsePackageRelationships(xml.value(), folder, name, context);
}

Result<QHash<QString, PackageRelationship>> parsePackageRelationships(const QByteArray &xml,
                                                                      const QString &folder,
                                                                      const QString &name,
                                                                      ExtractionContext &context)
{
    QHash<QString, PackageRelationship> relationships;
    XmlPartReader reader(xml, name, context);
    while (reader.next()) {
        if (reader.isStart() && reader.name() == u"Relationship") {
            PackageRelationship relationship;
            relationship.type = reader.attribute(QLatin1StringView("Type"));
            relationship.external =
                reader.attribute(QLatin1StringView("TargetMode")) == u"External";
            if (!relationship.external) {
                relationship.target =
                    resolveTarget(folder, reader.attribute(QLatin1StringView("Target")));
            }
            relationships.insert(reader.attribute(QLatin1StringView("Id")), relationship);
        }
    }
    if (reader.error()) {
        return *reader.error();
    }
    return relationships;
}

QString relationshipTargetOfType(const QHash<QString, PackageRelationship> &relationships,
                                 QStringView typeSuffix)
{
    for (const PackageRelationship &relationship : relationships) {
        if (!relationship.external && relationship.type.endsWith(typeSuffix)) {
            return relationship.target;
        }
    }
    return {};
}

} // namespace promptdesk
