#pragma once
// The PDF's white space and digits (ISO 32000-1, 7.2.2), for the small scanners that look at
// a file's bytes before PDFium does.

namespace promptdesk::pdfsyntax {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace promptdesk::pdfsyntax
