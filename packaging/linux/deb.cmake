# Debian package. Library dependencies are found by dpkg-shlibdeps; the Qt plug-ins the app
# loads at run time (SVG icons, SQLite driver, the X11/Wayland platforms) are not linked, so
# they are declared here.
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

# Debian policy wants a copyright file and a gzip'd changelog in the package's doc folder.
set(_doc ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME})
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.in ${CMAKE_BINARY_DIR}/packaging/changelog @ONLY)
set(_pkg ${CMAKE_BINARY_DIR}/packaging)
foreach(_page promptdesk.1 promptdesk-cli.1)
  configure_file(${CMAKE_CURRENT_LIST_DIR}/${_page} ${_pkg}/${_page} COPYONLY)
endforeach()
add_custom_command(OUTPUT ${_pkg}/changelog.gz ${_pkg}/promptdesk.1.gz ${_pkg}/promptdesk-cli.1.gz
  COMMAND gzip -9nkf changelog promptdesk.1 promptdesk-cli.1
  WORKING_DIRECTORY ${_pkg}
  DEPENDS ${_pkg}/changelog ${_pkg}/promptdesk.1 ${_pkg}/promptdesk-cli.1
  COMMENT "Compressing the Debian changelog and manual pages")
add_custom_target(deb_docs ALL
  DEPENDS ${_pkg}/changelog.gz ${_pkg}/promptdesk.1.gz ${_pkg}/promptdesk-cli.1.gz)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright ${_pkg}/changelog.gz DESTINATION ${_doc})
install(FILES ${_pkg}/promptdesk.1.gz ${_pkg}/promptdesk-cli.1.gz
  DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
