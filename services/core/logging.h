#pragma once

#include <QLoggingCategory>

// One category per module. Log lines carry metadata only (sizes, kinds, ids),
// never document, prompt or output text, and never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcDocuments)
Q_DECLARE_LOGGING_CATEGORY(lcRedaction)
Q_DECLARE_LOGGING_CATEGORY(lcProviders)
Q_DECLARE_LOGGING_CATEGORY(lcTemplates)
Q_DECLARE_LOGGING_CATEGORY(lcPolicy)
Q_DECLARE_LOGGING_CATEGORY(lcHistory)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcPipeline)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
