#include "template_manager_dialog.h"

#include "template_editor.h"
#include "templates/template_library.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace promptdesk {

namespace {

QString originText(const Template &t)
{
    switch (t.origin) {
    case TemplateOrigin::Builtin:
        return t.locked ? TemplateManagerDialog::tr("built in, locked by your company")
                        : TemplateManagerDialog::tr("built in");
    case TemplateOrigin::Admin:
        return TemplateManagerDialog::tr("from your company, locked");
    case TemplateOrigin::User:
        return TemplateManagerDialog::tr("yours");
    }
    return {};
}

QString categoryText(TemplateCategory category)
{
    switch (category) {
    case TemplateCategory::Summarise:
        return TemplateManagerDialog::tr("Summarise");
    case TemplateCategory::Rewrite:
        return TemplateManagerDialog::tr("Rewrite");
    case TemplateCategory::Extract:
        return TemplateManagerDialog::tr("Extract");
    }
    return {};
}

const QString kTemplateFilter = QStringLiteral("*.json");

} // namespace

TemplateManagerDialog::TemplateManagerDialog(TemplateLibrary &library, const QString &userDirectory,
                                             QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_store(userDirectory)
{
    setObjectName(QStringLiteral("templateManager"));
    setWindowTitle(tr("Manage Templates"));

    auto *label = new QLabel(tr("&Templates:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    label->setBuddy(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateManagerDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &TemplateManagerDialog::openSelected);

    auto button = [this](const QString &name, const QString &text, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        return b;
    };
    QPushButton *add = button(QStringLiteral("templateNew"), tr("&New…"), tr("New template"));
    m_open = button(QStringLiteral("templateOpen"), tr("&Open…"), tr("Open template"));
    m_duplicate =
        button(QStringLiteral("templateDuplicate"), tr("&Duplicate…"), tr("Duplicate template"));
    m_delete = button(QStringLiteral("templateDelete"), tr("De&lete"), tr("Delete template"));
    QPushButton *import =
        button(QStringLiteral("templateImport"), tr("&Import…"), tr("Import a template file"));
    m_export = button(QStringLiteral("templateExport"), tr("E&xport…"),
                      tr("Export the template to a file"));
    connect(add, &QPushButton::clicked, this, &TemplateManagerDialog::newTemplate);
    connect(m_open, &QPushButton::clicked, this, &TemplateManagerDialog::openSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &TemplateManagerDialog::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const Result<void> removed = deleteSelected();
        if (!removed) {
            report(removed.error().message);
        }
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a template"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Template files (%1)").arg(kTemplateFilter));
        if (!path.isEmpty()) {
            const Result<QString> imported = importFrom(path);
            report(imported ? tr("Imported “%1”.").arg(imported.value())
                            : imported.error().message);
        }
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString start =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(selectedId() + QStringLiteral(".json"));
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the template"), start, tr("Template files (%1)").arg(kTemplateFilter));
        if (!path.isEmpty()) {
            const Result<void> written = exportSelected(path);
            report(written ? tr("Exported to “%1”.").arg(QDir::toNativeSeparators(path))
                           : written.error().message);
        }
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("templateManagerStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, m_open, m_duplicate, m_delete, import, m_export}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout(this);
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_list, 1, 0);
    grid->addLayout(buttons, 1, 1);
    grid->addWidget(m_status, 2, 0, 1, 2);
    grid->addWidget(close, 3, 0, 1, 2);
    reload();
    resize(640, 480);
}

void TemplateManagerDialog::reload(const QString &selectId)
{
    const QString keep = selectId.isEmpty() ? selectedId() : selectId;
    m_list->clear();
    for (const Template &t : m_library.all()) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3)").arg(t.name, categoryText(t.category), originText(t)), m_list);
        item->setData(Qt::UserRole, t.id);
    }
    if (!this->selectId(keep) && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    updateButtons();
}

QString TemplateManagerDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool TemplateManagerDialog::selectId(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void TemplateManagerDialog::updateButtons()
{
    const Template *t = m_library.find(selectedId());
    m_open->setEnabled(t != nullptr);
    m_duplicate->setEnabled(t != nullptr);
    m_export->setEnabled(t != nullptr);
    m_delete->setEnabled(t && t->editable());
}

QStringList TemplateManagerDialog::takenIds() const
{
    QStringList ids;
    for (const Template &t : m_library.all()) {
        ids.append(t.id);
    }
    return ids;
}

void TemplateManagerDialog::report(const QString &text)
{
    m_status->setText(text);
}

void TemplateManagerDialog::newTemplate()
{
    Template blank;
    blank.origin = TemplateOrigin::User;
    blank.id = QStringLiteral("my-template");
    for (int n = 2; takenIds().contains(blank.id); ++n) {
        blank.id = QStringLiteral("my-template-%1").arg(n);
    }
    blank.name = tr("My template");
    blank.userPrompt = QStringLiteral("{{document}}");
    openEditor(blank, {});
}

void TemplateManagerDialog::openSelected()
{
    if (const Template *t = m_library.find(selectedId())) {
        openEditor(*t, t->editable() ? t->id : QString());
    }
}

void TemplateManagerDialog::duplicateSelected()
{
    if (const Template *t = m_library.find(selectedId())) {
        openEditor(UserTemplateStore::duplicate(*t, takenIds()), {});
    }
}

Result<void> TemplateManagerDialog::deleteSelected()
{
    const Template *t = m_library.find(selectedId());
    if (!t || !t->editable()) {
        return makeError(ErrorKind::Usage, tr("Only your own templates can be deleted."));
    }
    const QString id = t->id;
    if (Result<void> removed = m_store.remove(id); !removed) {
        return removed;
    }
    m_library.removeUserTemplate(id);
    reload();
    report(tr("Deleted."));
    Q_EMIT templatesChanged();
    return {};
}

Result<QString> TemplateManagerDialog::importFrom(const QString &path)
{
    Result<Template> imported = m_store.importFrom(path);
    if (!imported) {
        return imported.error();
    }
    const Template *existing = m_library.find(imported->id);
    if (existing && !existing->editable()) {
        return makeError(
            ErrorKind::Usage,
            tr("The id “%1” belongs to a built-in or company template.").arg(imported->id));
    }
    if (Result<void> saved = m_store.save(imported.value()); !saved) {
        return saved.error();
    }
    m_library.upsertUserTemplate(imported.value());
    reload(imported->id);
    Q_EMIT templatesChanged();
    return imported->id;
}

Result<void> TemplateManagerDialog::exportSelected(const QString &path) const
{
    const Template *t = m_library.find(selectedId());
    if (!t) {
        return makeError(ErrorKind::Usage, tr("Choose a template first."));
    }
    return UserTemplateStore::exportTo(*t, path);
}

void TemplateManagerDialog::openEditor(const Template &tmpl, const QString &replacesId)
{
    if (m_editor) {
        m_editor->raise();
        return;
    }
    QStringList taken = takenIds();
    taken.removeAll(replacesId);
    auto *editor = new TemplateEditor(tmpl, taken, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this,
            [this, editor, replacesId] { saveEdited(editor->editedTemplate(), replacesId); });
    connect(editor, &TemplateEditor::exportRequested, this, [this](const Template &t) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the template"), t.id + QStringLiteral(".json"),
            tr("Template files (%1)").arg(kTemplateFilter));
        if (!path.isEmpty()) {
            const Result<void> written = UserTemplateStore::exportTo(t, path);
            report(written ? tr("Exported to “%1”.").arg(QDir::toNativeSeparators(path))
                           : written.error().message);
        }
    });
    m_editor = editor;
    editor->open();
}

void TemplateManagerDialog::saveEdited(const Template &edited, const QString &replacesId)
{
    Template mine = edited;
    mine.origin = TemplateOrigin::User;
    mine.locked = false;
    const Template *existing = m_library.find(mine.id);
    if (existing && !existing->editable()) {
        report(tr("The id “%1” belongs to a built-in or company template.").arg(mine.id));
        return;
    }
    if (Result<void> saved = m_store.save(mine); !saved) {
        report(saved.error().message);
        return;
    }
    if (!replacesId.isEmpty() && replacesId != mine.id) {
        if (Result<void> removed = m_store.remove(replacesId); !removed) {
            report(removed.error().message);
        }
        m_library.removeUserTemplate(replacesId);
    }
    m_library.upsertUserTemplate(mine);
    reload(mine.id);
    report(tr("Saved “%1”.").arg(mine.name));
    Q_EMIT templatesChanged();
}

} // namespace promptdesk
