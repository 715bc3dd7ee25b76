// The main window's "Send to" and "Data" choosers and the status-bar label that always says
// what Run will use. Same class as main_window.cpp; the choices come from the pipeline's
// catalogue (approved pairs for the data class), never from the providers themselves.
#include "main_window.h"

#include "input_list.h"
#include "pipeline/pipeline.h"
#include "run_target_chooser.h"
#include "template_picker.h"
#include "ui_settings.h"

#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>

namespace promptdesk {

void MainWindow::refreshCatalogue()
{
    const UiSettings::RunChoice remembered = m_uiSettings->runChoice();
    const QString dataClass =
        m_chooser->dataClass().isEmpty() ? remembered.dataClass : m_chooser->dataClass();
    Catalogue catalogue = m_pipeline.catalogue(dataClass);
    if (!dataClass.isEmpty() && !catalogue.dataClasses.contains(dataClass)) {
        catalogue = m_pipeline.catalogue(); // a class the policy no longer knows
    }
    m_chooser->setCatalogue(catalogue, remembered.providerId, remembered.model);
    updateRunTargetLabel();
}

void MainWindow::onDataClassChosen(const QString &dataClass)
{
    const QString before = m_chooser->current() ? m_chooser->current()->displayName() : QString();
    const bool kept = m_chooser->setCatalogue(m_pipeline.catalogue(dataClass),
                                              m_chooser->providerId(), m_chooser->model());
    if (!kept) {
        const CatalogueModel *now = m_chooser->current();
        statusBar()->showMessage(
            now ? tr("%1 may not receive %2 data; Run uses %3.")
                      .arg(before, dataClass, now->displayName())
                : tr("Your company's policy allows no service for %1 data.").arg(dataClass),
            10000);
    }
    rememberRunChoice();
    updateRunTargetLabel();
    updateActions();
}

void MainWindow::rememberRunChoice()
{
    m_uiSettings->setRunChoice(
        {m_chooser->providerId(), m_chooser->model(), m_chooser->dataClass()});
}

void MainWindow::updateRunTargetLabel()
{
    const CatalogueModel *target = m_chooser->current();
    const QString text =
        target ? tr("Run uses: %1 (%2 data)").arg(target->displayName(), m_chooser->dataClass())
               : tr("Run uses: nothing; your company's policy allows no service for %1 data.")
                     .arg(m_chooser->dataClass());
    m_providerLabel->setText(text);
    m_providerLabel->setAccessibleName(text);
    m_providerLabel->setToolTip(target ? target->details() : QString());
}

int MainWindow::inputCount() const
{
    return m_inputList->count();
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList files;
    QStringList missing;
    for (const QString &path : paths) {
        if (QFileInfo(path).exists()) {
            files.append(QFileInfo(path).absoluteFilePath());
        } else {
            missing.append(QFileInfo(path).fileName());
        }
    }
    if (!files.isEmpty()) {
        m_inputList->addFiles(files);
    }
    if (!missing.isEmpty()) {
        statusBar()->showMessage(tr("Not found: %1").arg(missing.join(QStringLiteral(", "))),
                                 10000);
    }
}

} // namespace promptdesk
