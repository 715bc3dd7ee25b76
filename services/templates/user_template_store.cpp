#include "templates/user_template_store.h"

#include "templates/template_json.h"
#include "templates/template_library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace promptdesk {

namespace {

constexpr qint64 kMaxTemplateFileBytes = 1024 * 1024;

// Not a QObject: the macro gives this file's messages a context that lupdate and the runtime
// agree on (a free tr() left lupdate guessing one, so the translations never loaded).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(UserTemplateStore)
};

QByteArray fileBytes(const Template &tmpl)
{
    const QJsonObject file{{QStringLiteral("format"), 1},
                           {QStringLiteral("templates"), QJsonArray{templateToJson(tmpl)}}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<Template> readTemplateFile(const QString &path, const QLocale &locale)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Usage, Text::tr("The template file could not be opened."));
    }
    if (file.size() > kMaxTemplateFileBytes) {
        return makeError(ErrorKind::TooLarge, Text::tr("The template file is larger than 1 MB."));
    }
    Result<TemplateLibrary> parsed =
        TemplateLibrary::fromJson(file.readAll(), locale, TemplateOrigin::User);
    if (!parsed) {
        return parsed.error();
    }
    if (parsed->all().size() != 1) {
        return makeError(ErrorKind::Corrupt,
                         Text::tr("A template file must hold exactly one template."));
    }
    Template t = parsed->all().constFirst();
    const QStringList problems = validateTemplate(t);
    if (!problems.isEmpty()) {
        return makeError(ErrorKind::Corrupt, problems.constFirst());
    }
    return t;
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return makeError(ErrorKind::Internal,
                         Text::tr("The template could not be saved: %1.").arg(file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit()) {
        return makeError(ErrorKind::Internal,
                         Text::tr("The template could not be saved: %1.").arg(file.errorString()));
    }
    return {};
}

} // namespace

UserTemplateStore::UserTemplateStore(QString directory, QLocale locale)
    : m_directory(std::move(directory))
    , m_locale(std::move(locale))
{
}

QString UserTemplateStore::fileFor(const QString &id) const
{
    return QDir(m_directory).filePath(id + QStringLiteral(".json"));
}

UserTemplateStore::Loaded UserTemplateStore::loadAll() const
{
    Loaded loaded;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        Result<Template> t = readTemplateFile(dir.filePath(name), m_locale);
        if (t) {
            loaded.templates.append(std::move(t).value());
        } else {
            loaded.problems.append(
                Text::tr("A saved template could not be read: %1").arg(t.error().message));
        }
    }
    return loaded;
}

Result<void> UserTemplateStore::save(const Template &tmpl) const
{
    const QStringList problems = validateTemplate(tmpl);
    if (!problems.isEmpty()) {
        return makeError(ErrorKind::Usage, problems.join(QLatin1Char(' ')));
    }
    if (tmpl.locked || tmpl.origin != TemplateOrigin::User) {
        return makeError(
            ErrorKind::Usage,
            Text::tr("Only your own templates can be saved; duplicate this one first."));
    }
    if (!QDir().mkpath(m_directory)) {
        return makeError(ErrorKind::Internal,
                         Text::tr("The templates folder could not be created."));
    }
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return writeFile(fileFor(tmpl.id), fileBytes(tmpl));
}

Result<void> UserTemplateStore::remove(const QString &id) const
{
    if (!QFile::exists(fileFor(id))) {
        return makeError(ErrorKind::Usage,
                         Text::tr("There is no saved template called \"%1\".").arg(id));
    }
    if (!QFile::remove(fileFor(id))) {
        return makeError(ErrorKind::Internal, Text::tr("The template could not be deleted."));
    }
    return {};
}

Result<void> UserTemplateStore::exportTo(const Template &tmpl, const QString &path)
{
    Template shared = tmpl;
    shared.origin = TemplateOrigin::User;
    shared.locked = false;
    return writeFile(path, fileBytes(shared));
}

Result<Template> UserTemplateStore::importFrom(const QString &path) const
{
    return readTemplateFile(path, m_locale);
}

Template UserTemplateStore::duplicate(const Template &source, const QStringList &takenIds)
{
    Template copy = source;
    copy.origin = TemplateOrigin::User;
    copy.locked = false;
    copy.version = 1;
    QString id = source.id + QStringLiteral("-copy");
    for (int n = 2; takenIds.contains(id); ++n) {
        id = source.id + QStringLiteral("-copy-") + QString::number(n);
    }
    copy.id = id.left(64);
    const QString suffix = Text::tr(" (copy)");
    copy.name = source.name + suffix;
    for (auto it = copy.names.begin(); it != copy.names.end(); ++it) {
        it.value() += suffix;
    }
    return copy;
}

} // namespace promptdesk
