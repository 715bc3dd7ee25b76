#include "pipeline/job_outcome.h"

#include <QCoreApplication>

namespace promptdesk {

QString jobStageText(JobStage stage)
{
    switch (stage) {
    case JobStage::Idle:
        return QCoreApplication::translate("promptdesk::Job", "Ready");
    case JobStage::Reading:
        return QCoreApplication::translate("promptdesk::Job", "Reading the document…");
    case JobStage::Redacting:
        return QCoreApplication::translate("promptdesk::Job", "Hiding personal data…");
    case JobStage::Preparing:
        return QCoreApplication::translate("promptdesk::Job", "Preparing the request…");
    case JobStage::CheckingPolicy:
        return QCoreApplication::translate("promptdesk::Job", "Checking company policy…");
    case JobStage::Sending:
        return QCoreApplication::translate("promptdesk::Job", "Waiting for the result…");
    case JobStage::Streaming:
        return QCoreApplication::translate("promptdesk::Job", "Writing the result…");
    case JobStage::Saving:
        return QCoreApplication::translate("promptdesk::Job", "Saving to history…");
    case JobStage::Done:
        return QCoreApplication::translate("promptdesk::Job", "Done");
    case JobStage::Failed:
        return QCoreApplication::translate("promptdesk::Job", "Failed");
    case JobStage::Cancelled:
        return QCoreApplication::translate("promptdesk::Job", "Stopped");
    }
    return {};
}

} // namespace promptdesk
