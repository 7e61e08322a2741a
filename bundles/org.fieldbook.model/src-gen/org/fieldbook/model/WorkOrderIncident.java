/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Order Incident</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.WorkOrderIncident#getWorkOrder <em>Work Order</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderIncident#getIncidentType <em>Incident Type</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderIncident#getCustomerAsset <em>Customer Asset</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderIncident#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderIncident#isIncidentResolved <em>Incident Resolved</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderIncident()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='msdyn_workorderincident' entitySet='msdyn_workorderincidents'"
 * @generated
 */
public interface WorkOrderIncident extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work Order</em>' reference.
	 * @see #setWorkOrder(WorkOrder)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderIncident_WorkOrder()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_workorder_value' navigation='msdyn_workorder'"
	 * @generated
	 */
	WorkOrder getWorkOrder();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderIncident#getWorkOrder <em>Work Order</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Order</em>' reference.
	 * @see #getWorkOrder()
	 * @generated
	 */
	void setWorkOrder(WorkOrder value);

	/**
	 * Returns the value of the '<em><b>Incident Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Incident Type</em>' reference.
	 * @see #setIncidentType(IncidentType)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderIncident_IncidentType()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_incidenttype_value' navigation='msdyn_incidenttype'"
	 * @generated
	 */
	IncidentType getIncidentType();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderIncident#getIncidentType <em>Incident Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Incident Type</em>' reference.
	 * @see #getIncidentType()
	 * @generated
	 */
	void setIncidentType(IncidentType value);

	/**
	 * Returns the value of the '<em><b>Customer Asset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Asset</em>' reference.
	 * @see #setCustomerAsset(CustomerAsset)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderIncident_CustomerAsset()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_customerasset_value' navigation='msdyn_customerasset'"
	 * @generated
	 */
	CustomerAsset getCustomerAsset();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderIncident#getCustomerAsset <em>Customer Asset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Asset</em>' reference.
	 * @see #getCustomerAsset()
	 * @generated
	 */
	void setCustomerAsset(CustomerAsset value);

	/**
	 * Returns the value of the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary</em>' attribute.
	 * @see #setPrimary(boolean)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderIncident_Primary()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_isprimary'"
	 * @generated
	 */
	boolean isPrimary();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderIncident#isPrimary <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary</em>' attribute.
	 * @see #isPrimary()
	 * @generated
	 */
	void setPrimary(boolean value);

	/**
	 * Returns the value of the '<em><b>Incident Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Incident Resolved</em>' attribute.
	 * @see #setIncidentResolved(boolean)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderIncident_IncidentResolved()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_incidentresolved'"
	 * @generated
	 */
	boolean isIncidentResolved();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderIncident#isIncidentResolved <em>Incident Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Incident Resolved</em>' attribute.
	 * @see #isIncidentResolved()
	 * @generated
	 */
	void setIncidentResolved(boolean value);

} // WorkOrderIncident
