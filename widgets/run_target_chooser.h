#pragma once

#include "pipeline/catalogue.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace promptdesk {

// "Send to" (the provider/model pairs of the catalogue: allowed ones selectable, the others
// shown disabled with the policy's reason) and "Data" (the data class, the policy's default
// first). Vendor, region, data-processing terms and zero retention are in each pair's tooltip.
// Renders a Catalogue; the window asks the pipeline for a new one when the class changes.
class RunTargetChooser final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTargetChooser)
public:
    explicit RunTargetChooser(QWidget *parent = nullptr);

    // Shows `catalogue`, keeping the current pair when it is still allowed, else `preferred`
    // (provider, model) when allowed, else the catalogue's default provider, else the first
    // allowed pair. Returns false when the current pair had to be replaced.
    bool setCatalogue(const Catalogue &catalogue, const QString &preferredProvider = {},
                      const QString &preferredModel = {});
    void setDataClass(const QString &dataClass);

    QString providerId() const;
    QString model() const;
    QString dataClass() const;
    // The chosen entry of the catalogue, or null when nothing is allowed.
    const CatalogueModel *current() const;
    QComboBox *targetBox() const { return m_target; }
    QComboBox *dataClassBox() const { return m_dataClass; }

Q_SIGNALS:
    void targetChanged();
    void dataClassChanged(const QString &dataClass);

private:
    int indexOf(const QString &providerId, const QString &model) const;

    Catalogue m_catalogue;
    QComboBox *m_target = nullptr;
    QComboBox *m_dataClass = nullptr;
    bool m_updating = false;
};

} // namespace promptdesk
