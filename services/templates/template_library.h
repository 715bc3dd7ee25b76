#pragma once

#include "core/result.h"
#include "templates/template.h"

#include <QLocale>

namespace promptdesk {

// The templates the user can pick: built-ins first (read from the resource
// ":/templates/builtin.json", names in the locale's language), then admin templates from the
// policy (locked), then the user's own. Ids are unique: an admin template replaces a built-in
// of the same id; a user template whose id is taken is skipped.
class TemplateLibrary final {
public:
    static Result<TemplateLibrary> loadBuiltins(const QLocale &locale = QLocale());
    static Result<TemplateLibrary> fromJson(const QByteArray &json,
                                            const QLocale &locale = QLocale(),
                                            TemplateOrigin origin = TemplateOrigin::Builtin);

    QList<Template> all() const { return m_templates; }
    QList<Template> inCategory(TemplateCategory category) const;
    const Template *find(const QString &id) const;

    // Admin templates from the policy: stored locked (TemplateOrigin::Admin), replacing any
    // built-in or user template with the same id. `lockedIds` additionally locks existing
    // templates (e.g. a built-in the admin does not want changed or shadowed).
    void applyAdminTemplates(const QList<Template> &adminTemplates,
                             const QStringList &lockedIds = {});
    // Adds the user's templates; returns the ids skipped because the id is already taken.
    QStringList addUserTemplates(const QList<Template> &userTemplates);
    // Adds or replaces one user template (not a built-in or locked one); false if not allowed.
    bool upsertUserTemplate(const Template &tmpl);
    bool removeUserTemplate(const QString &id);

private:
    QList<Template> m_templates;
};

} // namespace promptdesk
