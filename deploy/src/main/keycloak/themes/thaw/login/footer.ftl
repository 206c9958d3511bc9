<#-- Under every sign-in form: where to get help now, without signing in. The numbers are links a phone can call or text. -->
<#macro content>
<section id="thaw-help" class="thaw-help" aria-labelledby="thaw-help-title">
    <h2 id="thaw-help-title" class="thaw-help-title">${msg("thawHelpTitle")}</h2>
    <p>${msg("thawHelpIntro")}</p>
    <ul class="thaw-help-list">
        <li>${msg("thawHelpEmergency")}
            <a class="thaw-help-number" href="tel:${msg("thawHelpEmergencyNumber1")}">${msg("thawHelpEmergencyNumber1")}</a> ${msg("thawHelpEmergencyWhere1")},
            <a class="thaw-help-number" href="tel:${msg("thawHelpEmergencyNumber2")}">${msg("thawHelpEmergencyNumber2")}</a> ${msg("thawHelpEmergencyWhere2")}</li>
        <li>${msg("thawHelpLifeline")}
            <a class="thaw-help-number" href="tel:${msg("thawHelpLifelineNumber")}">${msg("thawHelpLifelineCall")}</a>,
            <a class="thaw-help-number" href="sms:${msg("thawHelpLifelineNumber")}">${msg("thawHelpLifelineText")}</a>,
            <a href="${msg("thawHelpLifelineChatUrl")}" rel="noopener">${msg("thawHelpLifelineChat")}</a></li>
    </ul>
    <p class="thaw-help-note">${msg("thawHelpNote")}</p>
</section>
</#macro>
