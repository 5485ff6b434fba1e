-- Batch ingestion: conversations collect their items' lexemes once per insert statement instead of once per item,
-- so a multi-row insert of a batch updates each conversation it touches once.

create aggregate sosmed_tsvector_agg(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');

create function conversation_search_add_items() returns trigger language plpgsql as $$
begin
    update conversation c
       set search_vector = c.search_vector || added.lexemes
      from (select conversation_id, strip(sosmed_tsvector_agg(search_vector)) as lexemes
              from new_items group by conversation_id) added
     where c.id = added.conversation_id and length(c.search_vector) < 50000;
    return null;
end
$$;

drop trigger inbox_item_search_into_conversation on inbox_item;
drop function conversation_search_add_item();

create trigger inbox_item_search_into_conversation after insert on inbox_item
    referencing new table as new_items
    for each statement execute function conversation_search_add_items();
