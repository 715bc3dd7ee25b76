// Fuzzes everything that parses provider JSON: non-streamed answers and error bodies of all
// three protocols, providers.json, credential_process output and SSO role credentials.
#include "providers/remote/aws_shared_config.h"
#include "providers/remote/configured_providers.h"
#include "providers/remote/protocol_codec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace promptdesk;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (WireProtocol protocol : {WireProtocol::Bedrock, WireProtocol::Anthropic,
                                  WireProtocol::OpenAi, WireProtocol::AzureOpenAi}) {
        ProviderEntry entry;
        entry.protocol = protocol;
        entry.region = QStringLiteral("eu-west-1");
        std::unique_ptr<ProtocolCodec> codec = ProtocolCodec::create(entry);
        StreamProgress progress;
        codec->readHeaders({{"content-type", "application/json"}}, progress);
        codec->feed(bytes, progress);
        codec->finish(progress);
        for (int status : {400, 401, 429, 500, 503, 529}) {
            const ProviderFailure f =
                codec->httpError(status, {{"retry-after", bytes.left(12)}}, bytes);
            if (f.message.isEmpty()) {
                std::abort(); // every failure has a sentence for the user
            }
        }
    }
    (void)ProviderConfig::parse(bytes);
    (void)AwsSharedConfig::parseProcessOutput(bytes);
    (void)AwsSharedConfig::parseRoleCredentials(bytes);
    (void)AwsSharedConfig::parseIni(bytes);
    return 0;
}
