## Promemoria di rinnovo: riepilogo, collegamento alternativo ed e-mail con nuovo link.

notice-label-contract = Numero di contratto
notice-label-end-date = Data di scadenza
notice-label-days-left = Giorni rimanenti
notice-label-total = { -total }
notice-label-seller = { -seller }
notice-label-version = { -quote }
notice-link-fallback = Se il pulsante non funziona, copi questo indirizzo nel Suo browser:
notice-fresh-subject = Il Suo nuovo link personale per il contratto { $contract }
notice-fresh-intro = Ecco un nuovo link personale per rinnovare online il Suo contratto di supporto e sottoscrizione { $contract }. I link precedenti non funzionano più una volta rinnovato il contratto.
notice-fact = { $label }: { $value }
notice-link-lead = { $cta }:
