## Renewal reminder email and its PDF quote. Amounts and dates arrive already
## formatted (babel); $days and $years are numbers.

email-subject = { $days ->
    [0] Uw supportcontract { $contract } verloopt vandaag
    [1] Uw supportcontract { $contract } verloopt morgen
    [one] Uw supportcontract { $contract } verloopt over { $days } dag
   *[other] Uw supportcontract { $contract } verloopt over { $days } dagen
}
email-subject-expired = Uw supportcontract { $contract } is verlopen
email-greeting = Beste { $name },
email-greeting-generic = Beste klant,
email-intro = { $when ->
    [today] Uw support- en abonnementscontract { $contract } loopt vandaag ({ $date }) af. U kunt het in enkele minuten online verlengen.
    [tomorrow] Uw support- en abonnementscontract { $contract } loopt morgen ({ $date }) af. U kunt het in enkele minuten online verlengen.
   *[later] Uw support- en abonnementscontract { $contract } loopt af op { $date }. U kunt het in enkele minuten online verlengen.
}
email-intro-expired = Uw support- en abonnementscontract { $contract } is op { $date } afgelopen. U kunt het nog steeds online verlengen; daarvoor worden wel { -reinstatement-fee(form: "inline") } in rekening gebracht.
email-total = Totaalbedrag verlenging: { $amount }
email-cta = Online verlengen
email-link-note = Deze link is persoonlijk, hoort bij uw contract en is geldig tot { $date }. Wij verzoeken u hem niet door te sturen.
email-quote-attached = Uw offerte vindt u als pdf in de bijlage.
email-partner-note = U kunt ook verlengen via uw geautoriseerde partner. Hebt u dat al gedaan, dan kunt u deze e-mail als niet verzonden beschouwen.
email-help = Vragen? Bel { $phone }, kies optie 3 en vervolgens optie 1, en vermeld uw contractnummer.
email-signoff = Met vriendelijke groet,
email-team = Het team Contractverlengingen
email-seller = { -seller }: { $seller }

## PDF quote
quote-title = Offerte voor verlenging
quote-contract = Contractnummer: { $contract }
quote-date = Offertedatum: { $date }
quote-valid-until = Geldig tot: { $date }
quote-customer = Klant: { $customer }
quote-column-item = Omschrijving
quote-column-amount = Bedrag
# Dutch uses the singular "jaar" after every number ("3 jaar"), so no selector is needed.
quote-term-years = { $years } jaar
quote-line-renewal = { -renewal }: { $sku }, { $level }, { $term }, aantal { $quantity }
quote-line-upgrade = Upgrade: { $sku } naar { $level }, { $term }, aantal { $quantity }
quote-line-reinstatement-fee = { -reinstatement-fee } (dekking onderbroken)
quote-line-fx-conversion = Omgerekend van { $from_amount } tegen een koers van { $rate }
quote-line-fx-surcharge = { -fx-surcharge } ({ $percent })
quote-total = { -total }
quote-list-price-note = Catalogusprijzen volgens uw regionale prijslijst. Er kunnen belastingen van toepassing zijn.
quote-service-level-basic = { -service-level-basic }
quote-service-level-production = { -service-level-production }
