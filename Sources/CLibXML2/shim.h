#ifndef BAOCAO_CLIBXML2_SHIM_H
#define BAOCAO_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; Foundation on Linux ships its own ICU, and a Swift file that
   sees both fails ("'UErrorCode' has different definitions"). Hide libxml2's ICU-only parts. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>

#endif
