#include "core/logging.h"

Q_LOGGING_CATEGORY(lcDocuments, "promptdesk.documents", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRedaction, "promptdesk.redaction", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProviders, "promptdesk.providers", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTemplates, "promptdesk.templates", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPolicy, "promptdesk.policy", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHistory, "promptdesk.history", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudit, "promptdesk.audit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPipeline, "promptdesk.pipeline", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "promptdesk.settings", QtWarningMsg)
