#include "templates/template_library.h"

#include "core/logging.h"
#include "templates/template_json.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace promptdesk {

Result<TemplateLibrary> TemplateLibrary::fromJson(const QByteArray &json, const QLocale &locale,
                                                  TemplateOrigin origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return makeError(ErrorKind::Corrupt,
                         QCoreApplication::translate("TemplateLibrary",
                                                     "The template file is not valid JSON: %1.")
                             .arg(parseError.errorString()));
    }
    TemplateJsonContext context;
    context.locale = locale;
    context.origin = origin;
    context.commonOptions = doc.object().value(QStringLiteral("commonOptions")).toObject();
    TemplateLibrary library;
    for (const QJsonValue &value : doc.object().value(QStringLiteral("templates")).toArray()) {
        Result<Template> parsed = templateFromJson(value.toObject(), context);
        if (!parsed) {
            return parsed.error();
        }
        if (library.find(parsed->id)) {
            return makeError(
                ErrorKind::Corrupt,
                QCoreApplication::translate("TemplateLibrary", "Template \"%1\" is defined twice.")
                    .arg(parsed->id));
        }
        library.m_templates.append(std::move(parsed).value());
    }
    if (library.m_templates.isEmpty()) {
        return makeError(ErrorKind::Corrupt,
                         QCoreApplication::translate("TemplateLibrary",
                                                     "The template file lists no templates."));
    }
    return library;
}

Result<TemplateLibrary> TemplateLibrary::loadBuiltins(const QLocale &locale)
{
    QFile file(QStringLiteral(":/templates/builtin.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorKind::Internal,
            QCoreApplication::translate("TemplateLibrary", "The built-in templates are missing."));
    }
    return fromJson(file.readAll(), locale);
}

QList<Template> TemplateLibrary::inCategory(TemplateCategory category) const
{
    QList<Template> result;
    for (const Template &t : m_templates) {
        if (t.category == category) {
            result.append(t);
        }
    }
    return result;
}

const Template *TemplateLibrary::find(const QString &id) const
{
    for (const Template &t : m_templates) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

void TemplateLibrary::applyAdminTemplates(const QList<Template> &adminTemplates,
                                          const QStringList &lockedIds)
{
    for (Template t : adminTemplates) {
        t.origin = TemplateOrigin::Admin;
        t.locked = true;
        auto existing = std::find_if(m_templates.begin(), m_templates.end(),
                                     [&](const Template &x) { return x.id == t.id; });
        if (existing != m_templates.end()) {
            *existing = t;
        } else {
            // After the built-ins and other admin templates, before the user's.
            auto firstUser =
                std::find_if(m_templates.begin(), m_templates.end(),
                             [](const Template &x) { return x.origin == TemplateOrigin::User; });
            m_templates.insert(firstUser, t);
        }
    }
    for (Template &t : m_templates) {
        if (lockedIds.contains(t.id)) {
            t.locked = true;
        }
    }
}

QStringList TemplateLibrary::addUserTemplates(const QList<Template> &userTemplates)
{
    QStringList skipped;
    for (const Template &t : userTemplates) {
        if (find(t.id)) {
            qCWarning(lcTemplates) << "user template skipped, id already taken";
            skipped.append(t.id);
            continue;
        }
        Template user = t;
        user.origin = TemplateOrigin::User;
        user.locked = false;
        m_templates.append(user);
    }
    return skipped;
}

bool TemplateLibrary::upsertUserTemplate(const Template &tmpl)
{
    auto existing = std::find_if(m_templates.begin(), m_templates.end(),
                                 [&](const Template &x) { return x.id == tmpl.id; });
    Template user = tmpl;
    user.origin = TemplateOrigin::User;
    user.locked = false;
    if (existing == m_templates.end()) {
        m_templates.append(user);
        return true;
    }
    if (!existing->editable()) {
        return false;
    }
    *existing = user;
    return true;
}

bool TemplateLibrary::removeUserTemplate(const QString &id)
{
    auto existing = std::find_if(m_templates.begin(), m_templates.end(),
                                 [&](const Template &x) { return x.id == id; });
    if (existing == m_templates.end() || !existing->editable()) {
        return false;
    }
    m_templates.erase(existing);
    return true;
}

} // namespace promptdesk
