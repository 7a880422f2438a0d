// End-to-end query suite: each case runs in `kg query` on the graph built from samples/
// and in Kùzu on the Neo4j CSV export of the same graph (tests/query/kuzu_load.mjs);
// the rows must be equal (as multisets; in order when the query has ORDER BY).
//
// Format: a case starts with "=== NAME" ("=== NAME (empty ok)" when no rows is the right
// answer); the lines after it are the query text for kg (and Neo4j). An optional
// "--- kuzu: WHY" line is followed by the text Kùzu needs for the same question.
// Recurring reasons:
//   labels  Kùzu has one label per node table: Neo4j's :Entity label (on every Person,
//           Organization, Place, ...) is written as the union (e:Person:Organization:Place).
//   type    Kùzu has no type(r)/labels(n); it spells them label(r)/label(n).
//   iso     Kùzu matches fixed-length patterns without relationship isomorphism, so the
//           Cypher rule "no relationship twice in one MATCH" is spelled out with id().
//   trail   Kùzu's variable-length default is WALK (edges may repeat); Cypher's is TRAIL.
//   keyword Kùzu needs backticks around relationship types that are keywords (ORDER, END).
//   comprehension  Kùzu has no list comprehension; it writes list_transform(list, x -> e).
// Known difference left out of the suite: collect() over no rows is [] in Neo4j and kg,
// null in Kùzu 0.11; so is sum() over no rows (0 in Neo4j and kg).

=== all nodes by label
MATCH (n) RETURN labels(n)[-1] AS label, count(*) AS n ORDER BY label
--- kuzu: type
MATCH (n) RETURN label(n) AS label, count(*) AS n ORDER BY label

=== persons ordered by name
MATCH (p:Person) RETURN p.name, p.mentions, p.documents, p.titles ORDER BY p.name

=== node property map anchors a pattern
MATCH (p:Person {name: 'Tran Minh Duc'}) RETURN p.name, p.type, p.key, p.firstSeen, p.lastSeen

=== one-hop outgoing neighbours with types
MATCH (p:Person {name: 'Tran Minh Duc'})-[r]->(x) RETURN type(r) AS rel, x.name AS other ORDER BY rel, other
--- kuzu: type
MATCH (p:Person {name: 'Tran Minh Duc'})-[r]->(x) RETURN label(r) AS rel, x.name AS other ORDER BY rel, other

=== incoming relationships
MATCH (x)<-[r:APPEAL]-(p:Person) RETURN p.name, x.name

=== undirected relationship
MATCH (a:Person {name: 'Daniel Mwangi'})-[r:MEET]-(b) RETURN a.name, b.name, r.weight

=== undirected pattern sees both ends
MATCH (a:Person)-[:MEET|APPEAL]-(b:Person) RETURN a.name, b.name

=== relationship type alternatives
MATCH (a)-[r:SIGN|AGREE]->(b) RETURN a.name, b.name, r.confidence

=== relationship property filters
MATCH (a)-[r]->(b) WHERE r.confidence >= 0.85 AND r.weight = 1 RETURN a.name, b.name, r.confidence

=== relationship property map
MATCH (a)-[r:HOLD_POSITION {confidence: 0.7}]->(b) RETURN a.name, b.name

=== WHERE comparison operators
MATCH (p:Person) WHERE p.mentions > 2 AND p.mentions <= 5 AND p.mentions <> 4 RETURN p.name, p.mentions

=== CONTAINS, STARTS WITH, ENDS WITH
MATCH (n) WHERE n.name CONTAINS 'Minister' OR n.name STARTS WITH 'Kenya' OR n.name ENDS WITH 'Sea' RETURN n.name

=== IN list
MATCH (p:Place) WHERE p.name IN ['Kenya', 'Japan', 'Atlantis'] RETURN p.name, p.mentions

=== NOT and parentheses
MATCH (p:Person) WHERE NOT (p.mentions = 1 OR p.name STARTS WITH 'A') RETURN p.name

=== XOR
MATCH (p:Person) WHERE p.mentions > 2 XOR p.name < 'K' RETURN p.name, p.mentions

=== IS NULL on a missing date
MATCH (n:Concept) WHERE n.firstSeen IS NULL RETURN n.name (empty ok)

=== IS NOT NULL and dates
MATCH (a:Article) WHERE a.published IS NOT NULL AND a.published >= date('2025-05-01') RETURN a.title, a.published ORDER BY a.published

=== dates on relationships
MATCH (a:Person)-[r]->(b) WHERE r.firstSeen < date('2025-03-01') RETURN a.name, type(r) AS t, b.name, r.firstSeen
--- kuzu: type
MATCH (a:Person)-[r]->(b) WHERE r.firstSeen < date('2025-03-01') RETURN a.name, label(r) AS t, b.name, r.firstSeen

=== event dates on relationships
MATCH (a)-[r]->(b) WHERE r.eventDateFirst >= date('2025-01-01') RETURN a.name, type(r) AS t, b.name, r.eventDateFirst, r.eventDateLast, r.firstSeen
--- kuzu: type
MATCH (a)-[r]->(b) WHERE r.eventDateFirst >= date('2025-01-01') RETURN a.name, label(r) AS t, b.name, r.eventDateFirst, r.eventDateLast, r.firstSeen

=== event date before the article date
MATCH (a)-[r]->(b) WHERE r.eventDateFirst < r.firstSeen RETURN a.name, b.name, r.eventDateFirst, r.firstSeen ORDER BY a.name

=== relationships without an event date
MATCH (a:Person)-[r]->(b) WHERE r.eventDateLast IS NULL RETURN count(*) AS n

=== count star and count of a property
MATCH (n:Concept) RETURN count(*) AS total, count(n.name) AS named

=== count DISTINCT
MATCH (p:Person)-[:MENTIONED_IN]->(a:Article) RETURN count(*) AS mentions, count(DISTINCT a) AS articles, count(DISTINCT p) AS persons

=== implicit grouping
MATCH (a:Article)<-[:MENTIONED_IN]-(p:Person) RETURN a.docId, count(p) AS persons ORDER BY persons DESC, a.docId

=== collect
MATCH (a:Article {title: 'Mekong leaders agree to share river data'})<-[:MENTIONED_IN]-(p:Person) RETURN a.title, collect(p.name) AS people

=== article path
MATCH (a:Article) WHERE a.path ENDS WITH '.md' OR a.path ENDS WITH '.txt' RETURN a.path, a.title ORDER BY a.path

=== min max avg sum
MATCH (a)-[r]->(b) WHERE r.weight IS NOT NULL RETURN min(r.confidence) AS lo, max(r.confidence) AS hi, avg(r.confidence) AS mean, sum(r.weight) AS total

=== aggregate per relation type
MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY n DESC, t LIMIT 5
--- kuzu: type
MATCH ()-[r]->() RETURN label(r) AS t, count(*) AS n ORDER BY n DESC, t LIMIT 5

=== DISTINCT
MATCH (p:Person)-[r]->(x:Concept) RETURN DISTINCT p.name ORDER BY p.name

=== ORDER BY several keys with SKIP and LIMIT
MATCH (p:Person) RETURN p.name, p.mentions ORDER BY p.mentions DESC, p.name ASC SKIP 2 LIMIT 5

=== aggregates over no rows
MATCH (p:Person {name: 'Nobody'}) RETURN count(*) AS n, count(p) AS c, min(p.mentions) AS lo

=== several comma-separated patterns
MATCH (a:Person)-[:SIGN]->(x), (b:Person)-[:SIGN]->(x) WHERE a.name < b.name RETURN a.name, b.name, x.name

=== several MATCH clauses
MATCH (a:Article {docId: 'wire-001'}) MATCH (e)-[:MENTIONED_IN]->(a) RETURN e.name, e.type ORDER BY e.name

=== OPTIONAL MATCH yields nulls
MATCH (p:Person) OPTIONAL MATCH (p)-[r:MEET]->(x) RETURN p.name, x.name ORDER BY p.name

=== OPTIONAL MATCH with count
MATCH (p:Person) OPTIONAL MATCH (p)-[r:SIGN]->(x) RETURN p.name, count(x) AS signed ORDER BY signed DESC, p.name

=== two-hop pattern (isomorphism)
MATCH (a:Person)-[r1]-(m)-[r2]-(b:Person) WHERE a.name < b.name AND type(r1) <> 'MENTIONED_IN' AND type(r2) <> 'MENTIONED_IN' RETURN a.name, m.name, b.name
--- kuzu: type
MATCH (a:Person)-[r1]-(m)-[r2]-(b:Person) WHERE a.name < b.name AND label(r1) <> 'MENTIONED_IN' AND label(r2) <> 'MENTIONED_IN' RETURN a.name, m.name, b.name

=== an edge is not used twice in one MATCH
MATCH (a:Person {name: 'Ratna Wulandari'})-[r1:APPEAL]-(b)-[r2:APPEAL]-(c) RETURN a.name, b.name, c.name (empty ok)
--- kuzu: iso
MATCH (a:Person {name: 'Ratna Wulandari'})-[r1:APPEAL]-(b)-[r2:APPEAL]-(c) WHERE id(r1) <> id(r2) RETURN a.name, b.name, c.name

=== co-mentions through articles
MATCH (a:Person)-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(b:Person) WHERE a.name < b.name RETURN a.name, b.name, count(art) AS shared ORDER BY shared DESC, a.name, b.name LIMIT 10

=== variable length 1..3
MATCH (a:Person {name: 'Tran Minh Duc'})-[r:MEET|PRAISE|SUPPORT*1..3]-(b) RETURN b.name, size(r) AS hops ORDER BY hops, b.name
--- kuzu: trail
MATCH (a:Person {name: 'Tran Minh Duc'})-[r:MEET|PRAISE|SUPPORT* TRAIL 1..3]-(b) RETURN b.name, size(rels(r)) AS hops ORDER BY hops, b.name

=== variable length exactly 2
MATCH (a:Place {name: 'Kenya'})-[*2]-(b:Place) RETURN DISTINCT b.name ORDER BY b.name
--- kuzu: trail
MATCH (a:Place {name: 'Kenya'})-[* TRAIL 2..2]-(b:Place) RETURN DISTINCT b.name ORDER BY b.name

=== variable length up to 2, directed
MATCH (a:Organization {name: 'European Union'})-[*..2]->(b) RETURN b.name ORDER BY b.name
--- kuzu: trail
MATCH (a:Organization {name: 'European Union'})-[* TRAIL 1..2]->(b) RETURN b.name ORDER BY b.name

=== Entity label spans the entity types
MATCH (e:Entity)-[:MENTIONED_IN]->(a:Article {docId: 'wire-002'}) RETURN e.name, e.type ORDER BY e.name
--- kuzu: labels
MATCH (e:Person:Organization:Place)-[:MENTIONED_IN]->(a:Article {docId: 'wire-002'}) RETURN e.name, e.type ORDER BY e.name

=== WITH and a filter on an aggregate
MATCH (p:Person)-[:MENTIONED_IN]->(a:Article) WITH p, count(a) AS n WHERE n >= 1 RETURN p.name, n ORDER BY n DESC, p.name LIMIT 5

=== WITH ORDER BY LIMIT then expand
MATCH (p:Person) WITH p ORDER BY p.mentions DESC, p.name LIMIT 2 MATCH (p)-[r]->(x:Place) RETURN p.name, x.name

=== UNWIND
UNWIND ['Kenya', 'Japan'] AS nm MATCH (p:Place {name: nm}) RETURN nm, p.mentions

=== string functions
MATCH (p:Person) WHERE toLower(p.name) STARTS WITH 'wan' RETURN toUpper(p.name) AS up, size(p.name) AS len

=== arithmetic and aliases
MATCH (p:Person) WHERE p.mentions * 2 + 1 > 6 RETURN p.name AS who, p.mentions * 10 - p.documents AS score ORDER BY score DESC, who

=== evidence properties on relationships
MATCH (a:Person {name: 'Maria Delgado'})-[r:COMMUNICATE]->(b) RETURN r.weight, r.documents, r.lemmas, r.articleUrl, size(r.statementIds) AS statements, r.sentence CONTAINS 'ordered' AS has_verb
--- kuzu: keyword
MATCH (a:Person {name: 'Maria Delgado'})-[r:COMMUNICATE]->(b) RETURN r.weight, r.documents, r.lemmas, r.articleUrl, size(r.statementIds) AS statements, r.sentence CONTAINS 'ordered' AS has_verb

=== several relation types (Kùzu: in backticks)
MATCH (a)-[r:SIGN|MEET|STATE]->(b) RETURN a.name, b.name ORDER BY a.name, b.name
--- kuzu: keyword
MATCH (a)-[r:`SIGN`|`MEET`|`STATE`]->(b) RETURN a.name, b.name ORDER BY a.name, b.name

=== literal nodes
MATCH (x)-[r]->(l:Literal) RETURN x.name, l.name, l.type

=== articles without a URL filter on empty strings
MATCH (a:Article) WHERE a.url = '' OR a.url STARTS WITH 'http' RETURN a.docId ORDER BY a.docId

=== quantifier over a list property
MATCH (p:Person) WHERE any(t IN p.titles WHERE t CONTAINS 'Minister') AND none(t IN p.titles WHERE t STARTS WITH 'Prime') RETURN p.name ORDER BY p.name

=== CASE
MATCH (p:Person) RETURN p.name, CASE WHEN p.mentions >= 3 THEN 'frequent' WHEN p.mentions = 2 THEN 'some' ELSE 'rare' END AS freq ORDER BY p.name

=== list comprehension
MATCH (p:Person) WHERE size(p.titles) > 0 RETURN p.name, [t IN p.titles | toUpper(t)] AS up ORDER BY p.name
--- kuzu: comprehension
MATCH (p:Person) WHERE size(p.titles) > 0 RETURN p.name, list_transform(p.titles, t -> upper(t)) AS up ORDER BY p.name

=== regular expression match (whole string)
MATCH (p:Person) WHERE p.name =~ '[A-M][a-z]+ .*' RETURN p.name ORDER BY p.name

=== UNION keeps each row once
MATCH (p:Person) RETURN p.name AS n UNION MATCH (q:Place) RETURN q.name AS n UNION MATCH (p:Person) RETURN p.name AS n

=== UNION ALL keeps every row
MATCH (p:Person) RETURN p.name AS n UNION ALL MATCH (p:Person) RETURN p.name AS n
