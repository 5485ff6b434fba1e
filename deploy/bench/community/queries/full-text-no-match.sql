-- What GET .../conversations?q=zyxwvut does (ConversationSearch): probe the full-text index (bitmap scan forced),
-- then list by id when at most 100 conversations match, else walk the inbox order.
begin;
set local enable_seqscan = off;
set local enable_indexscan = off;
select c.id from conversation c where c.workspace_id = 'bench' and c.search_vector @@ (websearch_to_tsquery('english', 'zyxwvut') || websearch_to_tsquery('sosmed_indonesian', 'zyxwvut')) limit 101;
set local enable_seqscan = on;
set local enable_indexscan = on;
select c.* from conversation c where c.workspace_id = 'bench' and c.id = any(array(select c2.id from conversation c2 where c2.workspace_id = 'bench' and c2.search_vector @@ (websearch_to_tsquery('english', 'zyxwvut') || websearch_to_tsquery('sosmed_indonesian', 'zyxwvut')) limit 101))
order by c.last_item_at desc, c.id desc limit 26;
commit;
