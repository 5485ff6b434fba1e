-- Ingestion writes each conversation once per transaction: the text of its new items travels with the conversation's
-- own insert or update (pending_text) and a BEFORE trigger turns it into lexemes (positions stripped) appended to
-- the conversation's search_vector, then clears it, so pending_text is never stored. Before, an AFTER trigger on
-- inbox_item updated each conversation a second time (a second row version with all its index entries). The items'
-- own search_vector only fed that trigger and goes too.

alter table conversation add column pending_text text;

create function conversation_search_add_pending() returns trigger language plpgsql as $$
begin
    if length(new.search_vector) < 50000 then
        new.search_vector := new.search_vector
            || strip(to_tsvector('english', new.pending_text) || to_tsvector('sosmed_indonesian', new.pending_text));
    end if;
    new.pending_text := null;
    return new;
end
$$;

create trigger conversation_search_pending before insert or update on conversation
    for each row when (new.pending_text is not null) execute function conversation_search_add_pending();

drop trigger inbox_item_search_into_conversation on inbox_item;
drop function conversation_search_add_items();
drop aggregate sosmed_tsvector_agg(tsvector);
alter table inbox_item drop column search_vector;
