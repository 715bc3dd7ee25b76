# The design's arrows between the engine's folders (DESIGN.md, "Layers and folders"):
# "folder:the,folders,it,may,use". A folder not listed after the colon is a never-arrow.
# Order matters only for reading: each folder uses only folders above it.
set(PROMPTDESK_SERVICE_LAYERS
  "core"
  "crypto:core"
  "secrets:core"
  "documents:core"
  "redaction:core"
  "providers:core,secrets"
  "templates:core,documents,providers"
  "audit:core,crypto,secrets"
  "history:core,crypto,secrets"
  "policy:core,crypto,providers,redaction,audit"
  "pipeline:core,crypto,secrets,documents,redaction,providers,templates,audit,history,policy")
