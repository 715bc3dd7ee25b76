#pragma once

#include "core/result.h"
#include "template_editor.h"
#include "templates/template.h"
#include "templates/user_template_store.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace promptdesk {

class TemplateLibrary;

// Templates > Manage Templates: every template with where it comes from (built in, company,
// yours); New, Open (edit, or view a locked one), Duplicate, Delete, Import and Export. The
// user's templates are saved as files in the config folder (UserTemplateStore) and added to
// the library, so the picker and the next run see them at once (templatesChanged).
class TemplateManagerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateManagerDialog)
public:
    TemplateManagerDialog(TemplateLibrary &library, const QString &userDirectory,
                          QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    TemplateEditor *editor() const { return m_editor; } // the open editor, if any
    QString selectedId() const;
    bool selectId(const QString &id);

    // The actions behind the buttons, without file dialogs (the buttons ask for the path).
    void newTemplate();
    void openSelected();
    void duplicateSelected();
    Result<void> deleteSelected();
    Result<QString> importFrom(const QString &path); // the imported template's id
    Result<void> exportSelected(const QString &path) const;

Q_SIGNALS:
    void templatesChanged();

private:
    void reload(const QString &selectId = {});
    void openEditor(const Template &tmpl, const QString &replacesId);
    void saveEdited(const Template &edited, const QString &replacesId);
    void report(const QString &text);
    void updateButtons();
    QStringList takenIds() const;

    TemplateLibrary &m_library;
    UserTemplateStore m_store;
    QPointer<TemplateEditor> m_editor;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace promptdesk
