# macOS: Promptdesk.app in a DMG (`cpack -G DragNDrop`). Not buildable on the Linux CI; kept
# small so it can be reviewed. macdeployqt must have copied the Qt frameworks into the bundle
# and the bundle must be signed and notarised before cpack runs (see README.md here).
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Promptdesk")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_BUNDLE_NAME "Promptdesk")
if(TARGET promptdesk)
  set_target_properties(promptdesk PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME "Promptdesk"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.promptdesk.Promptdesk"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
endif()
