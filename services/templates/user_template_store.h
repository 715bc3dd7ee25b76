#pragma once

#include "core/result.h"
#include "templates/template.h"

#include <QLocale>

namespace promptdesk {

// The user's own templates, one JSON file each (the template file format of template_json.h,
// holding one template) in <config dir>/templates/. Files are written atomically and readable
// by the owner only. Sharing is export to / import from such a file.
class UserTemplateStore final {
public:
    explicit UserTemplateStore(QString directory, QLocale locale = QLocale());

    QString directory() const { return m_directory; }

    struct Loaded {
        QList<Template> templates;
        QStringList problems; // one sentence per file that could not be read
    };
    Loaded loadAll() const;

    // Validates (validateTemplate) and writes; Usage error listing the problems otherwise.
    Result<void> save(const Template &tmpl) const;
    Result<void> remove(const QString &id) const;

    static Result<void> exportTo(const Template &tmpl, const QString &path);
    // Reads a shared file; the template becomes the user's own (unlocked, origin User).
    Result<Template> importFrom(const QString &path) const;

    // A copy the user can edit: new id ("<id>-copy", "<id>-copy-2", … not in `takenIds`),
    // name + " (copy)", origin User, unlocked.
    static Template duplicate(const Template &source, const QStringList &takenIds);

private:
    QString fileFor(const QString &id) const;

    QString m_directory;
    QLocale m_locale;
};

} // namespace promptdesk
