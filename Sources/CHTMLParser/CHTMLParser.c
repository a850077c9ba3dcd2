#include "CHTMLParser.h"
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

void *hh_parse(const char *bytes, int length) {
  /* XML_PARSE_HUGE lifts the 256-element depth limit, past which the tree (and so the
     text) was cut off; the Swift side walks the tree without recursion. */
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE;
  return htmlReadMemory(bytes, length, NULL, "UTF-8", options);
}

void hh_free_doc(void *doc) { if (doc) xmlFreeDoc((xmlDocPtr)doc); }
void *hh_root(void *doc) { return doc ? xmlDocGetRootElement((xmlDocPtr)doc) : NULL; }
int hh_type(const void *node) { return (int)((const xmlNode *)node)->type; }

const char *hh_name(const void *node) {
  const xmlNode *n = node;
  return n->type == XML_ELEMENT_NODE ? (const char *)n->name : NULL;
}

void *hh_children(const void *node) { return ((const xmlNode *)node)->children; }
void *hh_next(const void *node) { return ((const xmlNode *)node)->next; }
void *hh_parent(const void *node) { return ((const xmlNode *)node)->parent; }
const char *hh_text(const void *node) { return (const char *)((const xmlNode *)node)->content; }
char *hh_attribute(const void *node, const char *name) { return (char *)xmlGetProp((const xmlNode *)node, (const xmlChar *)name); }
char *hh_content(const void *node) { return (char *)xmlNodeGetContent((const xmlNode *)node); }
void hh_free_string(char *s) { if (s) xmlFree(s); }
