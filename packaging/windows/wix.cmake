# Windows: an MSI built with WiX 3 through CPack (`cpack -G WIX`). Not buildable on the Linux
# CI; kept small so it can be reviewed. windeployqt must have copied the Qt DLLs and plug-ins
# next to the executables in the install tree before cpack runs (see README.md here).
set(CPACK_GENERATOR "WIX")
# Never change: Windows Installer uses it to upgrade earlier versions in place.
set(CPACK_WIX_UPGRADE_GUID "6B1C5E52-3F0A-4C8E-9A57-2D1E4A7F9B30")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/promptdesk.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Promptdesk")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
# Per-machine install, so it can be deployed silently: msiexec /i promptdesk.msi /qn
set(CPACK_WIX_INSTALL_SCOPE "perMachine")
# Creates %ProgramData%\Promptdesk, where the administrator deploys the signed policy.
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/policy-folder.wxs")
