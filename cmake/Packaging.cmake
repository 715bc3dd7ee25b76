# Installation layout and CPack: a .deb here (packaging/linux), WiX MSI for Windows
# (packaging/windows) and an app bundle in a DMG for macOS (packaging/macos). Build the .deb
# with `cpack -G DEB` in the build directory; scripts/check-package.sh builds, lints, installs
# and smoke-tests it.
include(GNUInstallDirs)

install(TARGETS promptdesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Found by PdfReaderProcess::executable() at <prefix>/libexec/promptdesk.
install(TARGETS promptdesk-pdf-reader RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/promptdesk)
if(TARGET promptdesk)
  install(TARGETS promptdesk
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)
endif()

set(CPACK_PACKAGE_NAME "promptdesk")
set(CPACK_PACKAGE_VENDOR "Promptdesk")
set(CPACK_PACKAGE_CONTACT "Promptdesk maintainers <maintainers@promptdesk.example.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Summarise, rewrite and extract documents with approved AI providers")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${PROJECT_SOURCE_DIR}/packaging/description.txt)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/packaging/LICENSE.txt)
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Promptdesk")
set(CPACK_PACKAGE_EXECUTABLES "promptdesk;Promptdesk")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/;/\\\\.cache/")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  include(${PROJECT_SOURCE_DIR}/packaging/linux/deb.cmake)
elseif(WIN32)
  include(${PROJECT_SOURCE_DIR}/packaging/windows/wix.cmake)
elseif(APPLE)
  include(${PROJECT_SOURCE_DIR}/packaging/macos/bundle.cmake)
endif()

include(CPack)
