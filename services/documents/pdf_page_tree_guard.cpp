#include "documents/pdf_page_tree_guard.h"
#include "documents/pdf_syntax.h"

#include <QHash>

#include <QList>
#include <QSet>
#include <cctype>

namespace promptdesk {

namespace {

using pdfsyntax::isDigit;
using pdfsyntax::isSpace;

// The object number of an "N G obj" header whose "obj" keyword starts at `at`, or -1.
qint64 objectNumberBefore(QByteArrayView bytes, qsizetype at)
{
    qsizetype i = at - 1;
    const auto skipSpaces = [&] {
        while (i >= 0 && isSpace(bytes[i])) {
            --i;
        }
    };
    const auto skipDigits = [&] {
        const qsizetype end = i;
        while (i >= 0 && isDigit(bytes[i]) && end - i < 10) {
            --i;
        }
        return end - i;
    };
    skipSpaces();
    if (skipDigits() == 0) { // generation
        return -1;
    }
    skipSpaces();
    const qsizetype numberEnd = i;
    const qsizetype digits = skipDigits();
    if (digits == 0) {
        return -1;
    }
    return bytes.sliced(i + 1, numberEnd - i).toByteArray().toLongLong();
}

// "/Type /Pages" (any spacing), not "/Type /Page".
bool isPagesNode(QByteArrayView dictionary)
{
    for (qsizetype at = dictionary.indexOf("/Type"); at >= 0;
         at = dictionary.indexOf("/Type", at + 5)) {
        qsizetype i = at + 5;
        while (i < dictionary.size() && isSpace(dictionary[i])) {
            ++i;
        }
        const QByteArrayView rest = dictionary.sliced(i);
        if (rest.startsWith("/Pages") &&
            (rest.size() == 6 || !(std::isalnum(static_cast<unsigned char>(rest[6]))))) {
            return true;
        }
    }
    return false;
}

// The object numbers referred to ("N G R") in the /Kids array of `dictionary`. Read as
// leniently as PDFium reads it: an array whose "]" is missing or damaged runs on to the end
// of the object, and any byte that is not part of a number or name separates words (a
// mutated "R\x7f" still ends a reference).
QList<qint64> kidsOf(QByteArrayView dictionary)
{
    QList<qint64> kids;
    const qsizetype at = dictionary.indexOf("/Kids");
    if (at < 0) {
        return kids;
    }
    const qsizetype open = dictionary.indexOf('[', at);
    if (open < 0) {
        return kids;
    }
    qsizetype close = dictionary.indexOf(']', open);
    if (close < 0) {
        close = dictionary.size();
    }
    QList<QByteArrayView> words;
    qsizetype start = -1;
    for (qsizetype i = open + 1; i <= close; ++i) {
        const bool word = i < close && std::isalnum(static_cast<unsigned char>(dictionary[i]));
        if (word && start < 0) {
            start = i;
        } else if (!word && start >= 0) {
            words.append(dictionary.sliced(start, i - start));
            start = -1;
        }
    }
    for (qsizetype i = 0; i + 2 < words.size(); ++i) {
        if (words[i + 2] == "R") {
            bool ok = false;
            const qint64 n = words[i].toByteArray().toLongLong(&ok);
            if (ok) {
                kids.append(n);
            }
            i += 2;
        }
    }
    return kids;
}

} // namespace

bool pdfPageTreeLoops(QByteArrayView bytes)
{
    // Every "N G obj" header and every "endobj", in file order, in one pass. An object's body
    // runs to the next of them: its own "endobj", or the next header when "endobj" is missing.
    // Searching for "endobj" from each header instead is quadratic on a file of headers
    // without any "endobj".
    struct Mark {
        qsizetype at;
        qint64 number; // -1 for "endobj"
    };
    QList<Mark> marks;
    for (qsizetype at = bytes.indexOf("obj"); at >= 0; at = bytes.indexOf("obj", at + 3)) {
        if (at >= 3 && bytes.sliced(at - 3, 3) == "end") {
            marks.append({at - 3, -1});
        } else if (const qint64 number = objectNumberBefore(bytes, at); number >= 0) {
            marks.append({at, number});
        }
    }
    QHash<qint64, QList<qint64>> pagesNodes; // /Pages object -> its kids
    for (qsizetype m = 0; m < marks.size(); ++m) {
        if (marks[m].number < 0) {
            continue;
        }
        const qsizetype at = marks[m].at;
        const qsizetype end = m + 1 < marks.size() ? marks[m + 1].at : bytes.size();
        QByteArrayView body = bytes.sliced(at + 3, end - at - 3);
        if (const qsizetype stream = body.indexOf("stream"); stream >= 0) {
            body = body.first(stream); // the dictionary only, never stream data
        }
        if (body.contains("/Kids") && isPagesNode(body)) {
            // An object defined twice keeps the kids of both: which definition PDFium uses
            // depends on its cross-reference table (valid, damaged or rebuilt), so a loop in
            // either one counts. Keeping only the last let an earlier, looping definition
            // that the table pointed at through.
            pagesNodes[marks[m].number].append(kidsOf(body));
        }
    }
    // Depth-first over /Pages nodes: a node met again on the current path is a loop.
    QSet<qint64> done;
    for (auto it = pagesNodes.cbegin(); it != pagesNodes.cend(); ++it) {
        if (done.contains(it.key())) {
            continue;
        }
        QSet<qint64> onPath;
        QList<std::pair<qint64, qsizetype>> stack{{it.key(), 0}};
        onPath.insert(it.key());
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            const QList<qint64> &kids = pagesNodes[node];
            if (next >= kids.size()) {
                onPath.remove(node);
                done.insert(node);
                stack.removeLast();
                continue;
            }
            const qint64 kid = kids[next++];
            if (onPath.contains(kid)) {
                return true;
            }
            if (pagesNodes.contains(kid) && !done.contains(kid)) {
                onPath.insert(kid);
                stack.append({kid, 0});
            }
        }
    }
    return false;
}

} // namespace promptdesk
