## Renewal reminder email and its PDF quote. Amounts and dates arrive already
## formatted (babel); $days and $years are numbers.

email-subject = { $days ->
    [0] Il Suo contratto di supporto { $contract } scade oggi
    [1] Il Suo contratto di supporto { $contract } scade domani
    [one] Il Suo contratto di supporto { $contract } scade tra { $days } giorno
    [many] Il Suo contratto di supporto { $contract } scade tra { $days } di giorni
   *[other] Il Suo contratto di supporto { $contract } scade tra { $days } giorni
}
email-subject-expired = Il Suo contratto di supporto { $contract } è scaduto
email-greeting = Gentile { $name },
email-greeting-generic = Gentile cliente,
email-intro = { $when ->
    [today] Il Suo contratto di supporto e sottoscrizione { $contract } scade oggi, { $date }. Può rinnovarlo online in pochi minuti.
    [tomorrow] Il Suo contratto di supporto e sottoscrizione { $contract } scade domani, { $date }. Può rinnovarlo online in pochi minuti.
   *[later] Il Suo contratto di supporto e sottoscrizione { $contract } scade il { $date }. Può rinnovarlo online in pochi minuti.
}
email-intro-expired = Il Suo contratto di supporto e sottoscrizione { $contract } è scaduto il { $date }. Può ancora rinnovarlo online, previo pagamento di una { -reinstatement-fee(form: "inline") }.
email-total = Totale del rinnovo: { $amount }
email-cta = Rinnova online
email-link-note = Questo link è personale, associato al Suo contratto e valido fino al { $date }. La preghiamo di non inoltrarlo.
email-quote-attached = In allegato trova il Suo preventivo in formato PDF.
email-partner-note = Può effettuare il rinnovo anche tramite il Suo partner autorizzato. Se lo ha già fatto, La preghiamo di ignorare questa e-mail.
email-help = Ha domande? Chiami il numero { $phone }, selezioni l’opzione 3 e poi l’opzione 1, e indichi il Suo numero di contratto.
email-signoff = Cordiali saluti,
email-team = Il team Rinnovi
email-seller = { -seller }: { $seller }

## PDF quote
quote-title = Preventivo di rinnovo
quote-contract = Contratto: { $contract }
quote-date = Data del preventivo: { $date }
quote-valid-until = Valido fino al { $date }
quote-customer = Cliente: { $customer }
quote-column-item = Voce
quote-column-amount = Importo
quote-term-years = { $years ->
    [one] { $years } anno
    [many] { $years } di anni
   *[other] { $years } anni
}
quote-line-renewal = { -renewal }: { $sku }, { $level }, { $term }, quantità { $quantity }
quote-line-upgrade = Upgrade: { $sku } al livello { $level }, { $term }, quantità { $quantity }
quote-line-reinstatement-fee = { -reinstatement-fee } (copertura scaduta)
quote-line-fx-conversion = Convertito da { $from_amount } al tasso di cambio { $rate }
quote-line-fx-surcharge = { -fx-surcharge } ({ $percent })
quote-total = { -total }
quote-list-price-note = Prezzi di listino tratti dal listino regionale di riferimento. Potrebbero essere applicate imposte.
quote-service-level-basic = { -service-level-basic }
quote-service-level-production = { -service-level-production }
