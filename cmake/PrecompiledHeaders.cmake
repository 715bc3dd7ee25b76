# Precompiled Qt headers for the larger engine libraries and the widgets. Off by default (a developer's incremental
# build gains little); the CI presets turn it on, where it saves about a third of each
# services/widgets compile on the 2-core CI machines. Test executables cannot share one PCH:
# Qt Test defines QT_TESTCASE_SOURCEDIR per directory, and GCC rejects a PCH built with a
# different definition.
option(PROMPTDESK_PCH "Precompile common Qt headers for services and widgets" OFF)
if(PROMPTDESK_PCH)
  # The small folders (core, crypto, secrets, history) compile faster than their PCH would.
  foreach(_lib documents redaction providers templates audit policy pipeline)
    target_precompile_headers(services_${_lib} PRIVATE
      <QtCore/QByteArray> <QtCore/QDateTime> <QtCore/QDir> <QtCore/QFile> <QtCore/QHash>
      <QtCore/QJsonArray> <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QList>
      <QtCore/QObject> <QtCore/QRegularExpression> <QtCore/QString> <QtCore/QStringList>
      <QtNetwork/QNetworkReply> <QtSql/QSqlDatabase> <QtSql/QSqlQuery>
      <memory> <optional> <vector>)
  endforeach()
  if(TARGET widgets)
    target_precompile_headers(widgets PRIVATE
      <QtCore/QObject> <QtCore/QString> <QtGui/QAction> <QtWidgets/QLabel>
      <QtWidgets/QMainWindow> <QtWidgets/QPushButton> <QtWidgets/QVBoxLayout> <QtWidgets/QWidget>)
  endif()
endif()
