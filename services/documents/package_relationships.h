#pragma once

#include "documents/extraction_context.h"
#include "documents/zip_package.h"

#include <QHash>
#include <QString>

namespace promptdesk {

// One OOXML relationship: what a part points at (a slide, its notes, a worksheet).
struct PackageRelationship {
    QString type;   // the full relationship type URI
    QString target; // resolved to a package entry name, e.g. "ppt/slides/slide1.xml"
    bool external = false;
};

// The relationships of `part` (read from its "_rels/<file>.rels" sibling), keyed by id, with
// targets resolved against the part's folder ("../notesSlides/n1.xml" from ppt/slides/ becomes
// ppt/notesSlides/n1.xml). A part without relationships gives an empty map; a damaged
// relationships part gives `corrupt`.
Result<QHash<QString, PackageRelationship>> readPackageRelationships(ZipPackage &package,
                                                                     const QString &part,
                                                                     const QString &name,
                                                                     ExtractionContext &context);

// The same for relationships already read; `folder` is the folder of the part they belong to.
Result<QHash<QString, PackageRelationship>> parsePackageRelationships(const QByteArray &xml,
                                                                      const QString &folder,
                                                                      const QString &name,
                                                                      ExtractionContext &context);

// The target of the relationship whose type ends with `typeSuffix` ("/notesSlide"); used for
// kinds a part has at most one of. Empty when there is none.
QString relationshipTargetOfType(const QHash<QString, PackageRelationship> &relationships,
                                 QStringView typeSuffix);

} // namespace promptdesk
