#ifndef CHTMLPARSER_H
#define CHTMLPARSER_H
/* A small, plain-C window on libxml2's HTML parser. libxml2's own headers are kept out of
   Swift's sight: they pull in the system ICU, which clashes with Foundation's. */

/* Node kinds, as libxml2 numbers them. */
enum { HH_ELEMENT = 1, HH_TEXT = 3, HH_CDATA = 4 };

/* Parses HTML forgivingly (recover, no network, no error output). Free with hh_free_doc. */
void *hh_parse(const char *bytes, int length);
void hh_free_doc(void *doc);
void *hh_root(void *doc);
int hh_type(const void *node);
/* Element name, lower case as libxml2 gives it; NULL for other nodes. Not owned. */
const char *hh_name(const void *node);
void *hh_children(const void *node);
void *hh_next(const void *node);
void *hh_parent(const void *node);
/* Text of a text node. Not owned. */
const char *hh_text(const void *node);
/* Attribute value, or NULL. Free with hh_free_string. */
char *hh_attribute(const void *node, const char *name);
/* All text under a node. Free with hh_free_string. */
char *hh_content(const void *node);
void hh_free_string(char *s);
#endif
